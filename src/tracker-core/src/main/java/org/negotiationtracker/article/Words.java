package org.negotiationtracker.article;

import java.util.ArrayList;
import java.util.List;
import org.negotiationtracker.text.TextKey;

/**
 * Text cut into words (runs of letters or digits) for gazetteer look-up: lower case without accents,
 * each with its offsets, so "Kono-Lavrov", "Abe’s" and "SERGEI" all expose the names inside them.
 */
final class Words {

    record Word(String key, int start, int end) {
    }

    private Words() {
    }

    static List<Word> of(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && (Character.isLetterOrDigit(text.charAt(i)) || isMark(text.charAt(i)))) {
                i++;
            }
            words.add(new Word(key(text.substring(start, i)), start, i));
        }
        return words;
    }

    static List<String> keys(String phrase) {
        return of(phrase, 0, phrase.length()).stream().map(Word::key).toList();
    }

    static String key(String word) {
        return TextKey.words(word);
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
