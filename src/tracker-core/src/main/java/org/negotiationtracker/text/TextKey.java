package org.negotiationtracker.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The keys under which texts count as the same. Two strengths, for two purposes: {@link #words} for names and
 * phrases that people write in many ways (actors, countries, subjects, gazetteer words), {@link #document} for
 * a whole text whose every word and sign matters (an article's identity).
 */
public final class TextKey {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private TextKey() {
    }

    /**
     * Lower case without accents, every run of other characters one space: "Sergéy  Lavrov," and
     * "sergey lavrov" are one name. A single pass, since it runs for every actor of every fold and every word
     * of every article.
     */
    public static String words(String text) {
        String decomposed = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (isMark(codePoint)) {
                continue;
            }
            if (Character.isLetterOrDigit(codePoint)) {
                if (pendingSpace && key.length() > 0) {
                    key.append(' ');
                }
                pendingSpace = false;
                key.appendCodePoint(Character.toLowerCase(codePoint));
            } else {
                pendingSpace = true;
            }
        }
        return key.toString();
    }

    /**
     * Unicode NFKC, lower case, every run of white space one space, none at the ends; accents and punctuation
     * stay. Article ids are derived from this key and stored, so it must never change.
     */
    public static String document(String text) {
        return WHITE_SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll(" ").strip();
    }

    /** Combining marks: what an accented letter decomposes into besides its base letter. */
    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
