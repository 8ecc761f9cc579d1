package org.negotiationtracker.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Words as topic matching compares them, the same way for an article and for a topic's aliases and parties:
 * lower case, a plural as its singular, every word for negotiating as one ("talks", "deal", "rapprochement"),
 * and a country however written (name, demonym, other name) as the country's name, so "Saudi-Iranian deal"
 * and "Saudi-Iran rapprochement" read alike. Small words that only join others are left out.
 */
final class TopicWords {

    /**
     * A word: its key, whether it was written in capitals (an acronym matches only so), whether it is a name the
     * gazetteer knows, and for a country or a capital the country it stands for (a capital keeps its own key:
     * "Minsk agreements" are not any Belarusian deal).
     */
    record Word(String key, boolean upper, boolean named, String country, int start, int end) {

        /**
         * Whether this word of a topic's alias or party is found as the given word of the article; a country is
         * found however the article names it ("Iran nuclear deal", "Tehran's nuclear deal").
         */
        boolean foundAs(Word inText) {
            if (country != null && key.equals(country)) {
                return country.equals(inText.country);
            }
            return key.equals(inText.key) && (!upper || named || inText.upper);
        }
    }

    static final String NEGOTIATING = "~negotiating";

    private static final Set<String> JOINING = Set.of("the", "a", "an", "of", "and", "in", "on", "at", "for", "to",
            "with", "between", "by", "from", "over", "s");
    private static final Set<String> NEGOTIATING_WORDS = Set.of("talk", "negotiation", "negotiating", "negotiate",
            "dialogue", "dialog", "deal", "agreement", "accord", "rapprochement", "pact", "treaty", "summit",
            "consultation");

    private TopicWords() {
    }

    /** The words of the text between the offsets; a country, place or institution found is one word. */
    static List<Word> of(String text, int from, int to, List<Mention> mentions) {
        List<Mention> inRange = mentions.stream().filter(m -> m.start() >= from && m.end() <= to)
                .sorted(Comparator.comparingInt(Mention::start)).toList();
        List<Word> words = new ArrayList<>();
        int next = 0;
        int coveredTo = from;
        for (Words.Word word : Words.of(text, from, to)) {
            if (word.start() < coveredTo) {
                continue;
            }
            while (next < inRange.size() && inRange.get(next).end() <= word.start()) {
                next++;
            }
            Mention mention = next < inRange.size() && inRange.get(next).start() <= word.start()
                    ? inRange.get(next) : null;
            if (mention != null && mention.entry().kind() != GazetteerEntry.Kind.PERSON) {
                words.add(entityWord(mention));
                coveredTo = mention.end();
                continue;
            }
            String key = folded(word.key());
            if (!JOINING.contains(key)) {
                words.add(new Word(key, isUpper(text, word.start(), word.end()), false, null, word.start(), word.end()));
            }
        }
        return words;
    }

    /** The words of a whole phrase (an alias, a party's name). */
    static List<Word> of(String phrase, Gazetteer gazetteer) {
        return of(phrase, 0, phrase.length(), gazetteer.find(phrase));
    }

    static boolean isNegotiating(Word word) {
        return NEGOTIATING.equals(word.key());
    }

    private static Word entityWord(Mention mention) {
        GazetteerEntry entry = mention.entry();
        String country = switch (entry.kind()) {
            case COUNTRY -> entry.name();
            case PLACE -> "capital".equals(entry.role()) ? entry.country() : null;
            default -> null;
        };
        return new Word(Words.key(entry.name()), true, true, country == null ? null : Words.key(country),
                mention.start(), mention.end());
    }

    private static String folded(String key) {
        String singular = key;
        if (key.length() > 4 && key.endsWith("ies")) {
            singular = key.substring(0, key.length() - 3) + "y";
        } else if (key.length() > 3 && key.endsWith("s") && !key.endsWith("ss")) {
            singular = key.substring(0, key.length() - 1);
        }
        return NEGOTIATING_WORDS.contains(singular) ? NEGOTIATING : singular;
    }

    /** A word of two or more letters, all capitals: an acronym (or a headline in capitals). */
    private static boolean isUpper(String text, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }
}
