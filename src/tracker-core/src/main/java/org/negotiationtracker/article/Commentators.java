package org.negotiationtracker.article;

import java.util.regex.Pattern;

/**
 * People quoted on the talks without a part in them: an analyst, an economist, a professor. News quotes them
 * beside the parties, and the way the article introduces them ("Rabobank analyst X", "X, a professor at ...",
 * "X, who is head of research at ...") says so.
 */
final class Commentators {

    private static final Pattern OUTSIDE_VOICE = Pattern.compile("(?i)\\b(?:analysts?|experts?|professor|economist"
            + "|researcher|research|scholar|strategist|commentator|lecturer|consultant|academic|scientist"
            + "|think[- ]?tank|pollster|columnist)\\b");
    /** How far before the name its description may start ("Rabobank commodities analyst"). */
    private static final int BEFORE = 40;
    /** How long a description set off after the name may be. */
    private static final int AFTER = 120;

    private Commentators() {
    }

    static boolean isCommentator(Sentence sentence, Mention person) {
        String text = sentence.text();
        int start = person.start() - sentence.start();
        int end = person.end() - sentence.start();
        String before = text.substring(Math.max(0, start - BEFORE), start);
        int clause = Math.max(before.lastIndexOf(','), Math.max(before.lastIndexOf(';'), before.lastIndexOf('"')));
        if (OUTSIDE_VOICE.matcher(before.substring(clause + 1)).find()) {
            return true;
        }
        String after = text.substring(end);
        if (!after.startsWith(",")) {
            return false;
        }
        int close = after.indexOf(',', 1);
        String description = after.substring(1, close > 0 ? Math.min(close, AFTER) : Math.min(after.length(), AFTER));
        return OUTSIDE_VOICE.matcher(description).find();
    }
}
