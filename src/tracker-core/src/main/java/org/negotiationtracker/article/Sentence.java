package org.negotiationtracker.article;

import java.util.List;

/** One sentence of the article: its text, where it starts in the article, and its tagged tokens. */
record Sentence(String text, int start, List<Token> tokens) {

    Sentence {
        tokens = List.copyOf(tokens);
    }

    int end() {
        return start + text.length();
    }

    /** The index of the first token starting at or after the article offset, or the token count. */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
