package org.negotiationtracker.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines of a news page that are not the article: sharing and navigation links, photo credits and captions,
 * bullet lists and runs of headlines of related stories, and a line repeated word for word. Text taken from a
 * web page keeps them, and they report other events or none.
 */
final class PageFurniture {

    private static final Pattern LINK_LINE = Pattern.compile("(?i)^\\W*(share|tweet|e-?mail|print|follow us|subscribe"
            + "|read more|read also|related|see also|more on|recommended|most read|advertisement|accessibility links"
            + "|skip to|sign up|click here|watch)\\b.{0,60}$"
            + "|(?i)^\\W*(read more|read also|related|see also|also read)\\s*:");
    private static final Pattern CREDIT_LINE = Pattern.compile("(?i)^\\W*(source|photo|foto|image|credit|file"
            + "|picture|pictured|video)s?\\s*:.{0,80}$|^\\s*\\[[^\\]]{0,80}\\]\\s*$");
    /** A caption names where the picture comes from: "Credit: Agency", "(Photo: Agency)", "Image Credit: X". */
    private static final Pattern CAPTION = Pattern.compile("(?i)\\b(credit|photo|image|picture)\\s*:\\s*\\S.{0,60}$"
            + "|\\((?:photo|image|picture)\\b[^)]*\\)\\s*$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[•·▪►◦*–—-]\\s*\\S");
    /** A sentence ends with a stop, or with a quote or bracket closing after one; a quoted headline does not. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?:[.!?…]|[.!?,…][\"”’')\\]]+)\\s*$");
    /** Consecutive lines without a sentence's end, after the body began: a list of related headlines. */
    private static final int HEADLINE_RUN = 3;
    /** A body line: a paragraph of running text. */
    private static final int BODY_LINE = 100;

    /** A line of the article text, by its offsets. */
    record Line(int start, int end) {
    }

    private PageFurniture() {
    }

    /** The non-blank lines of the text that belong to the article, in order. */
    static List<Line> articleLines(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (!text.substring(start, end).isBlank()) {
                lines.add(new Line(start, end));
            }
            start = end + 1;
        }
        List<Line> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean bodyBegan = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = text.substring(lines.get(i).start(), lines.get(i).end()).strip();
            boolean repeated = !seen.add(line);
            if (repeated || isFurniture(line) || (bodyBegan && inHeadlineRun(text, lines, i))) {
                continue;
            }
            bodyBegan |= line.length() >= BODY_LINE && SENTENCE_END.matcher(line).find();
            kept.add(lines.get(i));
        }
        return kept;
    }

    static boolean isFurniture(String line) {
        return LINK_LINE.matcher(line).find() || CREDIT_LINE.matcher(line).find() || CAPTION.matcher(line).find()
                || BULLET.matcher(line).find();
    }

    private static boolean inHeadlineRun(String text, List<Line> lines, int at) {
        if (!isHeadline(text, lines.get(at))) {
            return false;
        }
        int from = at;
        while (from > 0 && isHeadline(text, lines.get(from - 1))) {
            from--;
        }
        int to = at;
        while (to < lines.size() && isHeadline(text, lines.get(to))) {
            to++;
        }
        return to - from >= HEADLINE_RUN;
    }

    private static boolean isHeadline(String text, Line line) {
        return !SENTENCE_END.matcher(text.substring(line.start(), line.end())).find();
    }
}
