package org.negotiationtracker.domain;

import java.text.Normalizer;
import java.util.Objects;

/** A person or institution taking part in an event, with the country they act for. */
public record Actor(String name, String country, String role) {

    public Actor {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("actor name must not be blank");
        }
    }

    private static final KeyMemo NAME_KEYS = new KeyMemo(Actor::normalize);

    /** The identity used to decide that two reports name the same actor. */
    public String key() {
        return nameKey(name);
    }

    /** {@link #normalize} of a name, computed once per name. */
    static String nameKey(String name) {
        return NAME_KEYS.of(name);
    }

    /**
     * Lower case without accents, every run of other characters one space: "Sergéy  Lavrov," and
     * "sergey lavrov" are one name. A single pass, since it runs for every actor of every fold.
     */
    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder normalized = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isMark(codePoint)) {
                continue;
            }
            if (Character.isLetterOrDigit(codePoint)) {
                if (pendingSpace && normalized.length() > 0) {
                    normalized.append(' ');
                }
                pendingSpace = false;
                normalized.appendCodePoint(Character.toLowerCase(codePoint));
            } else {
                pendingSpace = true;
            }
        }
        return normalized.toString();
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
