package org.negotiationtracker.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A point in time known only as precisely as the source gave it: a year, a month, a day or a
 * timestamp. News says "in June" or "last month" as often as it gives a day, and that precision
 * must survive storage and comparison rather than be rounded into a false exact day.
 */
public final class PartialDate implements Comparable<PartialDate> {

    public enum Precision { YEAR, MONTH, DAY, INSTANT }

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.+");

    private final Precision precision;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final OffsetDateTime instant;
    private final String text;

    private PartialDate(Precision precision, LocalDate firstDay, LocalDate lastDay, OffsetDateTime instant, String text) {
        this.precision = precision;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.instant = instant;
        this.text = text;
    }

    public static PartialDate ofDay(LocalDate day) {
        return new PartialDate(Precision.DAY, day, day, null, day.toString());
    }

    public static PartialDate ofMonth(YearMonth month) {
        return new PartialDate(Precision.MONTH, month.atDay(1), month.atEndOfMonth(), null, month.toString());
    }

    public static PartialDate ofYear(Year year) {
        return new PartialDate(Precision.YEAR, year.atDay(1), year.atMonth(12).atEndOfMonth(), null,
                String.format("%04d", year.getValue()));
    }

    public static PartialDate ofInstant(OffsetDateTime instant) {
        LocalDate day = instant.toLocalDate();
        return new PartialDate(Precision.INSTANT, day, day, instant,
                instant.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }

    /**
     * Reads YYYY, YYYY-MM, YYYY-MM-DD or an ISO-8601 timestamp with its UTC offset.
     *
     * @throws IllegalArgumentException saying what was expected, for text that is none of these
     *                                  or names a day that does not exist
     */
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        String value = text.strip();
        PartialDate calendarDate = calendarDate(value);
        if (calendarDate != null) {
            return calendarDate;
        }
        try {
            if (YEAR.matcher(value).matches()) {
                return ofYear(Year.parse(value));
            }
            if (MONTH.matcher(value).matches()) {
                return ofMonth(YearMonth.parse(value));
            }
            if (DAY.matcher(value).matches()) {
                return ofDay(LocalDate.parse(value));
            }
            if (TIMESTAMP.matcher(value).matches()) {
                return ofInstant(OffsetDateTime.parse(value));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a real date: " + reason(e), e);
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a date: expected YYYY, YYYY-MM, YYYY-MM-DD "
                + "or an ISO-8601 timestamp with offset such as 2019-01-14T10:00:00Z");
    }

    /**
     * YYYY, YYYY-MM or YYYY-MM-DD of a day that exists, read digit by digit: most dates are these, and decoding the
     * log reads every one. Null for anything else, which the patterns of {@link #parse} then read, to say what is
     * wrong when it is not a date. The text is kept as given, which for these forms is what the factories print.
     */
    private static PartialDate calendarDate(String value) {
        int length = value.length();
        if (length != 4 && length != 7 && length != 10) {
            return null;
        }
        int year = digits(value, 0, 4);
        if (year < 0) {
            return null;
        }
        if (length == 4) {
            return new PartialDate(Precision.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, value);
        }
        int month = value.charAt(4) == '-' ? digits(value, 5, 2) : -1;
        if (month < 1 || month > 12) {
            return null;
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (length == 7) {
            return new PartialDate(Precision.MONTH, yearMonth.atDay(1), yearMonth.atEndOfMonth(), null, value);
        }
        int day = value.charAt(7) == '-' ? digits(value, 8, 2) : -1;
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            return null;
        }
        LocalDate date = yearMonth.atDay(day);
        return new PartialDate(Precision.DAY, date, date, null, value);
    }

    /** The number the ASCII digits at {@code from} spell, or -1 when one of them is not a digit. */
    private static int digits(String value, int from, int count) {
        int number = 0;
        for (int i = from; i < from + count; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static String reason(DateTimeParseException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DateTimeException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        return "expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO-8601 timestamp with offset";
    }

    public Precision precision() {
        return precision;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    /** The last day this date may stand for, inclusive. */
    public LocalDate lastDay() {
        return lastDay;
    }

    public boolean overlaps(PartialDate other) {
        return !firstDay.isAfter(other.lastDay) && !other.firstDay.isAfter(lastDay);
    }

    /** True when the whole period lies on or before the given day: known to have happened by then. */
    public boolean endsOnOrBefore(LocalDate day) {
        return !lastDay.isAfter(day);
    }

    public boolean isMorePreciseThan(PartialDate other) {
        return precision.compareTo(other.precision) > 0;
    }

    @Override
    public int compareTo(PartialDate other) {
        int byFirstDay = firstDay.compareTo(other.firstDay);
        if (byFirstDay != 0) {
            return byFirstDay;
        }
        int byPrecision = precision.compareTo(other.precision);
        if (byPrecision != 0 || precision != Precision.INSTANT) {
            return byPrecision;
        }
        return instant.toInstant().compareTo(other.instant.toInstant());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PartialDate other)) {
            return false;
        }
        if (precision != other.precision) {
            return false;
        }
        return precision == Precision.INSTANT
                ? instant.toInstant().equals(other.instant.toInstant())
                : firstDay.equals(other.firstDay);
    }

    /**
     * By the day's number, not {@code LocalDate}'s hash: that one leaves a bit always clear and folds years onto each
     * other, so the reports of a long timeline, kept by date, crowded into a few buckets of their hash map.
     */
    @Override
    public int hashCode() {
        return precision == Precision.INSTANT
                ? instant.toInstant().hashCode()
                : 31 * Long.hashCode(firstDay.toEpochDay()) + precision.ordinal();
    }

    @Override
    public String toString() {
        return text;
    }
}
