package org.negotiationtracker.article;

import java.util.Locale;

/** A word with its Penn Treebank part-of-speech tag and its offsets in the article text. */
record Token(String text, String tag, int start, int end) {

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    boolean isVerb() {
        return tag.startsWith("VB") || tag.equals("MD");
    }

    boolean isPastVerb() {
        return tag.equals("VBD") || tag.equals("VBN");
    }
}
