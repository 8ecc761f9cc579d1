package org.negotiationtracker.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.negotiationtracker.domain.PartialDate;

/**
 * Reads gazetteer files: tab-separated, a header row naming the columns, '#' comments, lists inside a
 * cell separated by '|'. The file name says what it holds: people*.tsv, institutions*.tsv,
 * countries*.tsv, places*.tsv. The bundled files sit in src/main/resources/gazetteer; deployments add
 * their own folders of the same files.
 */
final class GazetteerFiles {

    static final List<String> BUNDLED = List.of("people.tsv", "institutions.tsv", "countries.tsv", "places.tsv");

    private GazetteerFiles() {
    }

    static List<GazetteerEntry> bundled() {
        List<GazetteerEntry> entries = new ArrayList<>();
        for (String file : BUNDLED) {
            try (InputStream in = GazetteerFiles.class.getResourceAsStream("/gazetteer/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("bundled gazetteer /gazetteer/" + file + " is missing");
                }
                entries.addAll(read(file, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries;
    }

    /** Every gazetteer file directly inside the folder; a file whose name says no kind is an error. */
    static List<GazetteerEntry> folder(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("gazetteer folder " + dir.toAbsolutePath() + " does not exist");
        }
        List<GazetteerEntry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    entries.addAll(read(file.getFileName().toString(), reader));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static List<GazetteerEntry> read(String fileName, BufferedReader reader) throws IOException {
        GazetteerEntry.Kind kind = kindOf(fileName);
        List<GazetteerEntry> entries = new ArrayList<>();
        Map<String, Integer> columns = null;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (columns == null) {
                columns = new HashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    columns.put(cells[i].strip().toLowerCase(Locale.ROOT), i);
                }
                if (!columns.containsKey("name")) {
                    throw new IllegalArgumentException(fileName + ": the header row must name a 'name' column");
                }
                continue;
            }
            Row row = new Row(fileName, number, cells, columns);
            entries.add(new GazetteerEntry(kind, row.required("name"), row.list("variants"), row.list("short"),
                    kind == GazetteerEntry.Kind.COUNTRY ? row.required("name") : row.text("country"),
                    kind == GazetteerEntry.Kind.PLACE ? row.text("kind") : row.text("role"),
                    row.term("from", true), row.term("to", false)));
        }
        return entries;
    }

    private static GazetteerEntry.Kind kindOf(String fileName) {
        for (GazetteerEntry.Kind kind : GazetteerEntry.Kind.values()) {
            String prefix = switch (kind) {
                case PERSON -> "people";
                case INSTITUTION -> "institutions";
                case COUNTRY -> "countries";
                case PLACE -> "places";
            };
            if (fileName.startsWith(prefix)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("gazetteer file " + fileName
                + " must be named people*.tsv, institutions*.tsv, countries*.tsv or places*.tsv");
    }

    private record Row(String file, int line, String[] cells, Map<String, Integer> columns) {

        String text(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.length || cells[index].isBlank()) {
                return null;
            }
            return cells[index].strip();
        }

        String required(String column) {
            String value = text(column);
            if (value == null) {
                throw new IllegalArgumentException(file + " line " + line + ": '" + column + "' is empty");
            }
            return value;
        }

        List<String> list(String column) {
            String value = text(column);
            return value == null ? List.of()
                    : Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        /** A year or a month, as the first or the last day of it. */
        LocalDate term(String column, boolean first) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                PartialDate date = PartialDate.parse(value);
                return first ? date.firstDay() : date.lastDay();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + line + ": '" + column
                        + "' must be a year or a month (YYYY or YYYY-MM), not " + value, e);
            }
        }
    }
}
