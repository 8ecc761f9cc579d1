package org.negotiationtracker.request;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.problem.ProblemException;

/** Query parameters parsed by hand, so a bad value gets a 400 that says what was expected, not a bare 404. */
public final class QueryParameters {

    private QueryParameters() {
    }

    public static long position(String name, String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            long position = Long.parseLong(value.strip());
            if (position >= 0) {
                return position;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badParameter(name + " must be a log position (an integer ≥ 0), got \"" + value + "\"");
    }

    /**
     * The log position a read must reflect: the {@code minPosition} parameter or the {@code Consistency-Position}
     * header (a client that passes on the header its appends answered with reads its own writes); the later one
     * when both are given, 0 when neither is.
     */
    public static long minPosition(String parameter, String header) {
        return Math.max(position("minPosition", parameter), position("Consistency-Position", header));
    }

    public static int limit(String value, int defaultLimit, int maxLimit) {
        if (value == null || value.isBlank()) {
            return defaultLimit;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= maxLimit) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badParameter("limit must be an integer from 1 to " + maxLimit + ", got \"" + value
                + "\"");
    }

    public static List<EventType> types(List<String> values) {
        Set<EventType> types = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String value : values) {
            for (String name : value.split(",")) {
                if (name.isBlank()) {
                    continue;
                }
                EventType.fromWireName(name.strip()).ifPresentOrElse(types::add, () -> unknown.add(name.strip()));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.badParameter("types holds unknown event types " + unknown + "; expected any of "
                    + String.join(", ", EventType.wireNames(List.of(EventType.values()))));
        }
        return List.copyOf(types);
    }

    /** Years every supported database stores as a date; beyond them a date compares or converts differently. */
    private static final LocalDate FIRST_AS_OF = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_AS_OF = LocalDate.of(9999, 12, 31);

    public static LocalDate asOf(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter("asOf must be a calendar date YYYY-MM-DD, got \"" + value + "\"");
        }
        if (date.isBefore(FIRST_AS_OF) || date.isAfter(LAST_AS_OF)) {
            throw ProblemException.badParameter("asOf must lie between " + FIRST_AS_OF + " and " + LAST_AS_OF
                    + ", got \"" + value + "\"");
        }
        return date;
    }
}
