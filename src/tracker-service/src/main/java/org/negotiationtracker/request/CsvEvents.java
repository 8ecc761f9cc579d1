package org.negotiationtracker.request;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.negotiationtracker.problem.Problem;
import org.negotiationtracker.problem.ProblemException;

/**
 * The rows of a CSV file with a header row, each made into an event of {@code POST /api/events}'s shape by a
 * {@link CsvMapping}, read as they arrive. Empty cells are left out; an actors cell lists names separated by
 * {@code ;}, each optionally followed by its country in brackets ({@code Sergey Lavrov (Russia); Taro Kono (Japan)});
 * an event type may be written as a spreadsheet user would ({@code Meeting held} for {@code meeting.held}).
 * Rows are numbered as a spreadsheet numbers them: the header is row 1.
 */
public final class CsvEvents implements ImportSource {

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    private static final Pattern ACTOR = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)");
    private static final Pattern TYPE_SEPARATORS = Pattern.compile("[\\s_\\-]+");
    /** Where each mapping parameter's value goes in the event, as a JSON pointer. */
    private static final Map<String, String> POINTERS = Map.ofEntries(Map.entry("id", "/id"),
            Map.entry("topicColumn", "/topicId"), Map.entry("type", "/type"), Map.entry("date", "/occurredAt"),
            Map.entry("plannedFor", "/plannedFor"), Map.entry("actors", "/actors"), Map.entry("location", "/location"),
            Map.entry("summary", "/summary"), Map.entry("subject", "/subject"),
            Map.entry("publisher", "/source/publisher"), Map.entry("sourceUrl", "/source/url"),
            Map.entry("publishedAt", "/source/publishedAt"));

    private final CsvMapping mapping;
    private final MappingIterator<String[]> rows;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private long row = 1;

    /** Reads the header row; {@code 400} when a mapped column is not in it. */
    public CsvEvents(InputStream input, CsvMapping mapping) {
        this.mapping = mapping;
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            this.rows = CSV.readerFor(String[].class)
                    .with(CsvSchema.emptySchema().withColumnSeparator(mapping.delimiter()))
                    .readValues(new InputStreamReader(input, decoder));
            if (!rows.hasNextValue()) {
                throw new ProblemException(Problem.of(400, "malformed-csv", "Malformed CSV",
                        "the CSV body is empty; expected a header row"));
            }
            String[] header = rows.nextValue();
            for (int i = 0; i < header.length; i++) {
                // a spreadsheet's UTF-8 export may start with a byte order mark
                indexOf.putIfAbsent((i == 0 ? header[i].replaceFirst("^\uFEFF", "") : header[i]).strip(), i);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> missing = mapping.columns().values().stream().filter(column -> !indexOf.containsKey(column))
                .toList();
        if (!missing.isEmpty()) {
            throw ProblemException.badParameter("the CSV header has no column " + String.join(", ", missing)
                    + "; its columns are " + String.join(", ", indexOf.keySet()));
        }
    }

    @Override
    public boolean hasNext() {
        try {
            return rows.hasNextValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ImportLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        String[] cells;
        try {
            cells = rows.nextValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row++;
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        put(event, "id", cell(cells, "id"));
        put(event, "topicId", mapping.topic() != null ? mapping.topic() : cell(cells, "topicColumn"));
        String type = mapping.eventType() != null ? mapping.eventType() : cell(cells, "type");
        put(event, "type", type == null ? null : TYPE_SEPARATORS.matcher(type.strip().toLowerCase()).replaceAll("."));
        put(event, "occurredAt", cell(cells, "date"));
        put(event, "plannedFor", cell(cells, "plannedFor"));
        String actors = cell(cells, "actors");
        if (actors != null) {
            event.set("actors", actors(actors));
        }
        put(event, "location", cell(cells, "location"));
        put(event, "summary", cell(cells, "summary"));
        put(event, "subject", cell(cells, "subject"));
        ObjectNode source = JsonNodeFactory.instance.objectNode();
        put(source, "publisher", cell(cells, "publisher"));
        put(source, "url", cell(cells, "sourceUrl"));
        put(source, "publishedAt", cell(cells, "publishedAt"));
        if (!source.isEmpty()) {
            event.set("source", source);
        }
        List<Problem.FieldError> unstorable = StorableText.faults(event);
        return unstorable.isEmpty() ? ImportLine.of(row, event) : ImportLine.unreadable(row, unstorable.get(0));
    }

    @Override
    public String columnOf(String pointer) {
        String longest = null;
        for (Map.Entry<String, String> field : POINTERS.entrySet()) {
            String column = mapping.columns().get(field.getKey());
            boolean under = pointer.equals(field.getValue()) || pointer.startsWith(field.getValue() + "/");
            if (column != null && under && (longest == null || field.getValue().length() > POINTERS.get(longest).length())) {
                longest = field.getKey();
            }
        }
        return longest == null ? null : mapping.columns().get(longest);
    }

    private String cell(String[] cells, String parameter) {
        String column = mapping.columns().get(parameter);
        if (column == null) {
            return null;
        }
        int index = indexOf.get(column);
        return index < cells.length && !cells[index].isBlank() ? cells[index].strip() : null;
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static ArrayNode actors(String cell) {
        ArrayNode actors = JsonNodeFactory.instance.arrayNode();
        List<String> names = new ArrayList<>();
        for (String part : cell.split(";")) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        for (String name : names) {
            ObjectNode actor = actors.addObject();
            Matcher withCountry = ACTOR.matcher(name);
            if (withCountry.matches()) {
                actor.put("name", withCountry.group(1));
                actor.put("country", withCountry.group(2).strip());
            } else {
                actor.put("name", name);
            }
        }
        return actors;
    }
}
