package org.negotiationtracker.article;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a wire dateline: "MOSCOW, January 16. /TASS/.", "MUNICH (Sputnik - 16th February, 2019)",
 * "WASHINGTON, March 3 (Reuters) -", "GENEVA —", "GENEVA, Switzerland --". Gives the city, and the date when the dateline has one; a day without
 * a year takes the latest such day not after {@code today}, and says the year was inferred.
 */
final class Datelines {

    /** {@code start}..{@code end} is the whole dateline, whose date is the report's, not an event's. */
    record Dateline(String city, int start, int end, LocalDate date, boolean yearInferred) {
    }

    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern DATELINE = Pattern.compile("(?m)^\\s*([A-Z][A-Z .'-]{2,40}?)\\s*(?:,\\s*"
            + MONTHS + "\\s+(\\d{1,2})(?:,?\\s*(\\d{4}))?|\\(([^)]*)\\)|(?:,\\s*[A-Z][\\p{L} ]{2,30})?\\s*(?:—|–|--)\\s)");
    private static final Pattern DATE_IN_PARENTHESES = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTHS
            + ",?\\s+(\\d{4})|" + MONTHS + "\\s+(\\d{1,2}),?\\s+(\\d{4})");

    /** "WASHINGTON, March 3 (Reuters) -": the agency that follows a dated dateline belongs to it. */
    private static final Pattern AGENCY_AFTER = Pattern.compile("\\s*\\([^)]{1,40}\\)\\s*(?:—|–|--|-)?\\s*");

    private Datelines() {
    }

    static Optional<Dateline> find(String text, LocalDate today) {
        Matcher m = DATELINE.matcher(text);
        while (m.find()) {
            String city = m.group(1).strip();
            if (!city.equals(city.toUpperCase(Locale.ROOT)) || city.length() < 3) {
                continue;
            }
            LocalDate date = null;
            boolean inferred = false;
            if (m.group(2) != null) {
                int month = DateGrammar.month(m.group(2));
                int day = Integer.parseInt(m.group(3));
                if (m.group(4) != null) {
                    date = LocalDate.of(Integer.parseInt(m.group(4)), month, day);
                } else {
                    LocalDate candidate = MonthDay.of(month, day).atYear(today.getYear());
                    date = candidate.isAfter(today) ? candidate.minusYears(1) : candidate;
                    inferred = true;
                }
            } else if (m.group(5) != null) {
                Matcher inside = DATE_IN_PARENTHESES.matcher(m.group(5));
                if (inside.find()) {
                    date = inside.group(1) != null
                            ? LocalDate.of(Integer.parseInt(inside.group(3)), DateGrammar.month(inside.group(2)),
                                    Integer.parseInt(inside.group(1)))
                            : LocalDate.of(Integer.parseInt(inside.group(6)), DateGrammar.month(inside.group(4)),
                                    Integer.parseInt(inside.group(5)));
                }
            }
            Matcher agency = AGENCY_AFTER.matcher(text).region(m.end(), text.length());
            int end = agency.lookingAt() ? agency.end() : m.end();
            return Optional.of(new Dateline(city, m.start(1), end, date, inferred));
        }
        return Optional.empty();
    }
}
