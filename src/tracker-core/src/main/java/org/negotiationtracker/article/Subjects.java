package org.negotiationtracker.article;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a demand, proposal or agreement is about, named the same way in every article so that restatements
 * of one demand (and the agreement that settles it) are recognised across sources. Known recurring subjects
 * get a canonical name; anything else is named by the words that follow the trigger.
 */
final class Subjects {

    private record Known(String subject, List<Pattern> allOf) {
    }

    private static final List<Known> KNOWN = List.of(
            known("recognition of the outcome of World War II", "recogni([sz]|tion)", "(\\bwar\\b|wwii)"),
            known("sovereignty over the disputed islands", "sovereignty", "island"),
            known("ceasefire", "(ceasefire|cease-fire|truce|cessation of hostilities)"),
            known("release of hostages", "(hostage|captive|prisoner)"),
            known("uranium enrichment", "enrich"),
            known("denuclearization", "denucleari[sz]"),
            known("sanctions relief", "sanction", "(lift|relief|eas|remov)"),
            known("tariffs", "tariff"),
            known("withdrawal of troops", "withdraw", "(troops|forces|army|armies|soldiers)"),
            known("oil production cuts", "(output|production)", "(cut|curb|reduc)"),
            known("1956 Joint Declaration as the basis of the talks", "1956", "declaration", "basis"));

    private static final Pattern STOP = Pattern.compile("^(to|that|the|a|an|for|on|of|its|their|his|her|anew|again|"
            + "fully|also|and|is|be|was)$");

    private Subjects() {
    }

    private static Known known(String subject, String... patterns) {
        return new Known(subject, java.util.Arrays.stream(patterns)
                .map(p -> Pattern.compile("(?i)" + p)).toList());
    }

    static String of(Sentence sentence, Trigger trigger) {
        String text = sentence.text();
        for (Known known : KNOWN) {
            if (known.allOf().stream().allMatch(p -> p.matcher(text).find())) {
                return known.subject();
            }
        }
        StringBuilder words = new StringBuilder();
        List<Token> tokens = sentence.tokens();
        int taken = 0;
        for (int i = trigger.tokenIndex() + 1; i < tokens.size() && taken < 6; i++) {
            Token token = tokens.get(i);
            if (!Character.isLetterOrDigit(token.text().charAt(0))) {
                if (taken > 0) {
                    break;
                }
                continue;
            }
            String word = token.lower();
            if (taken == 0 && STOP.matcher(word).matches()) {
                continue;
            }
            words.append(taken == 0 ? "" : " ").append(word.toLowerCase(Locale.ROOT));
            taken++;
        }
        return words.isEmpty() ? null : words.toString();
    }
}
