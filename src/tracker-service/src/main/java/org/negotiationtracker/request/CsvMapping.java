package org.negotiationtracker.request;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.negotiationtracker.problem.ProblemException;

/**
 * Which CSV column holds which field of an event, declared by query parameters: each names a column by its header
 * ({@code date=Date&actors=Participants}), except {@code topic} and {@code eventType}, which give one value for every
 * row when no column ({@code topicColumn}, {@code type}) holds it. Only {@code date} and a topic and a type are
 * required.
 */
public record CsvMapping(Map<String, String> columns, String topic, String eventType, char delimiter) {

    /** The parameters that name a column, in the order of the event's fields. */
    public static final List<String> COLUMN_PARAMETERS = List.of("id", "topicColumn", "type", "date", "plannedFor",
            "actors", "location", "summary", "subject", "publisher", "sourceUrl", "publishedAt");
    /** The parameters that are not columns. */
    public static final Set<String> VALUE_PARAMETERS = Set.of("topic", "eventType", "delimiter");

    /** @throws ProblemException (400) when a parameter is unknown, or the required ones are missing */
    public static CsvMapping of(Map<String, List<String>> parameters) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!COLUMN_PARAMETERS.contains(name) && !VALUE_PARAMETERS.contains(name)) {
                throw ProblemException.badParameter("unknown CSV mapping parameter \"" + name + "\"; expected "
                        + String.join(", ", COLUMN_PARAMETERS) + " (each the header of a column), topic, eventType "
                        + "or delimiter");
            }
            String value = parameter.getValue().isEmpty() ? "" : parameter.getValue().get(0);
            if (value.isBlank()) {
                throw ProblemException.badParameter("the CSV mapping parameter \"" + name + "\" is empty");
            }
            if (COLUMN_PARAMETERS.contains(name)) {
                columns.put(name, value);
            }
        }
        String topic = first(parameters, "topic");
        String eventType = first(parameters, "eventType");
        String delimiter = first(parameters, "delimiter");
        if (!columns.containsKey("date")) {
            throw ProblemException.badParameter("the CSV mapping needs date=<header of the column with each event's "
                    + "date>");
        }
        if ((topic == null) == !columns.containsKey("topicColumn")) {
            throw ProblemException.badParameter("the CSV mapping needs exactly one of topic=<topic id of every row> "
                    + "and topicColumn=<header of the column with each row's topic id>");
        }
        if ((eventType == null) == !columns.containsKey("type")) {
            throw ProblemException.badParameter("the CSV mapping needs exactly one of eventType=<type of every row> "
                    + "and type=<header of the column with each row's event type>");
        }
        if (delimiter != null && delimiter.length() != 1) {
            throw ProblemException.badParameter("delimiter must be one character, got \"" + delimiter + "\"");
        }
        return new CsvMapping(Map.copyOf(columns), topic, eventType, delimiter == null ? ',' : delimiter.charAt(0));
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0).strip();
    }
}
