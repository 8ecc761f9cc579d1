package org.negotiationtracker.projection;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.negotiationtracker.domain.TopicProjection;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Read-model rows written through PostgreSQL's {@code COPY ... FROM STDIN} in its text format: the fastest way in for
 * the rows of a whole generation, which are all new. A row is a line, its columns separated by tabs, {@code \N} for
 * null, and a backslash, tab, newline or carriage return inside a value escaped with a backslash.
 */
final class ReadModelCopy {

    /** Some rows' lines, and how many rows they are. */
    record Lines(String text, int rows) {
    }

    private final PGConnection connection;

    ReadModelCopy(Connection connection) throws SQLException {
        this.connection = connection.unwrap(PGConnection.class);
    }

    /**
     * Copies into {@code table} (its name and columns) the lines of each chunk as it comes: a chunk is derived while
     * the database takes in the one before.
     *
     * @return how many rows it copied
     */
    int rows(String table, Stream<List<Lines>> chunks) throws SQLException {
        CopyIn copy = connection.getCopyAPI().copyIn("copy " + table + " from stdin");
        try {
            int rows = 0;
            for (List<Lines> chunk : (Iterable<List<Lines>>) chunks::iterator) {
                StringBuilder text = new StringBuilder();
                for (Lines lines : chunk) {
                    text.append(lines.text());
                    rows += lines.rows();
                }
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
            }
            copy.endCopy();
            return rows;
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** The lines of every timeline entry of a topic. */
    static Lines entryLines(int generation, TopicProjection topic, ReadModelCodec codec) {
        StringBuilder text = new StringBuilder();
        int rows = 0;
        for (String entryId : topic.entryIds()) {
            TimelineEntryRecord entry = codec.entryRecord(generation, topic, entryId);
            line(text, entry.generation, entry.entryId, entry.topicId, entry.eventType, entry.occurredAt,
                    entry.occurredFrom, entry.occurredUntil, entry.reports, entry.confirmations);
            rows++;
        }
        return new Lines(text.toString(), rows);
    }

    static Lines stateLine(TopicStateRecord state) {
        StringBuilder text = new StringBuilder();
        line(text, state.generation, state.topicId, state.title, state.status, state.version, state.position,
                state.reportCount, state.lastEventAt, state.definition, state.state);
        return new Lines(text.toString(), 1);
    }

    private static void line(StringBuilder text, Object... columns) {
        for (int column = 0; column < columns.length; column++) {
            if (column > 0) {
                text.append('\t');
            }
            if (columns[column] == null) {
                text.append("\\N");
            } else {
                escaped(text, columns[column].toString());
            }
        }
        text.append('\n');
    }

    private static void escaped(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
