package org.negotiationtracker.article;

import java.util.Locale;
import java.util.Set;

/**
 * A word with its Universal POS tag and its offsets in the article text. The UD model tags verbs without
 * tense, so tense is read from the word form.
 */
record Token(String text, String tag, int start, int end) {

    private static final Set<String> IRREGULAR_PAST = Set.of("met", "held", "told", "said", "made", "took", "gave",
            "sent", "began", "spoke", "saw", "went", "came", "won", "struck", "brought", "sought", "reached", "agreed",
            "set", "put", "led", "left", "had", "did", "was", "were", "signed", "visited");

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean isVerb() {
        return tag.equals("VERB") || tag.equals("AUX");
    }

    boolean isPastVerb() {
        String word = lower();
        return isVerb() && (word.endsWith("ed") || IRREGULAR_PAST.contains(word));
    }

    boolean isAdverb() {
        return tag.equals("ADV");
    }
}
