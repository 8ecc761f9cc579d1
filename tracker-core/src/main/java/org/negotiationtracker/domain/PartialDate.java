package org.negotiationtracker.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
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

    private static final Comparator<PartialDate> ORDER = Comparator
            .comparing(PartialDate::firstDay)
            .thenComparing(PartialDate::precision)
            .thenComparing(d -> d.instant == null ? OffsetDateTime.MIN : d.instant,
                    Comparator.comparing(OffsetDateTime::toInstant));

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
        return ORDER.compare(this, other);
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

    @Override
    public int hashCode() {
        return precision == Precision.INSTANT
                ? instant.toInstant().hashCode()
                : Objects.hash(precision, firstDay);
    }

    @Override
    public String toString() {
        return text;
    }
}
