package org.negotiationtracker.projection;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import org.negotiationtracker.domain.TopicProjection;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Read-model rows written through PostgreSQL's {@code COPY ... FROM STDIN} in its binary format: the fastest way in
 * for the rows of a whole generation, which are all new. Binary needs no escaping of the JSON columns (the text
 * format's backslashes cost as much as the rest of the line): each row is its number of columns, then each column's
 * length and bytes, -1 for null; json is its text, a date its days since 2000-01-01.
 */
final class ReadModelCopy {

    /** Some rows, encoded, and how many they are. */
    record Rows(byte[] bytes, int count) {
    }

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0};
    private static final byte[] TRAILER = {(byte) 0xff, (byte) 0xff};
    private static final long DAYS_BEFORE_2000 = LocalDate.of(2000, 1, 1).toEpochDay();
    /** Pieces whose rows the pool encodes while the connection writes those before. */
    private static final int PIECES_IN_FLIGHT = 16;

    private final PGConnection connection;
    private final ForkJoinPool pool;

    /** @param pool encodes the rows */
    ReadModelCopy(Connection connection, ForkJoinPool pool) throws SQLException {
        this.connection = connection.unwrap(PGConnection.class);
        this.pool = pool;
    }

    /**
     * Copies into {@code table} (its name and columns) the rows of each piece, each encoded on the pool.
     *
     * @return how many rows it copied
     */
    int rows(String table, List<Supplier<Rows>> pieces) throws SQLException {
        CopyIn copy = connection.getCopyAPI().copyIn("copy " + table + " from stdin with (format binary)");
        try {
            int[] count = new int[1];
            copy.writeToCopy(HEADER, 0, HEADER.length);
            PooledInOrder<Rows> encoded = new PooledInOrder<>(pool, PIECES_IN_FLIGHT, rows -> {
                copy.writeToCopy(rows.bytes(), 0, rows.bytes().length);
                count[0] += rows.count();
            });
            for (Supplier<Rows> piece : pieces) {
                encoded.add(piece);
            }
            encoded.finish();
            copy.writeToCopy(TRAILER, 0, TRAILER.length);
            copy.endCopy();
            return count[0];
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** The rows of some timeline entries of a topic, in the order of {@code ReadModelStore}'s entry columns. */
    static Rows entryRows(int generation, TopicProjection topic, List<String> entryIds, ReadModelCodec codec) {
        Encoder rows = new Encoder();
        for (String entryId : entryIds) {
            TimelineEntryRecord entry = codec.entryRecord(generation, topic, entryId);
            rows.columns(9).integer(entry.generation).text(entry.entryId).text(entry.topicId).text(entry.eventType)
                    .text(entry.occurredAt).date(entry.occurredFrom).date(entry.occurredUntil).text(entry.reports)
                    .text(entry.confirmations);
        }
        return new Rows(rows.bytes(), entryIds.size());
    }

    /** A topic's state row, in the order of {@code ReadModelStore}'s state columns. */
    static Rows stateRow(TopicStateRecord state) {
        Encoder row = new Encoder().columns(10).integer(state.generation).text(state.topicId).text(state.title)
                .text(state.status).integer(state.version).bigint(state.position).integer(state.reportCount)
                .text(state.lastEventAt).text(state.definition).text(state.state);
        return new Rows(row.bytes(), 1);
    }

    /** Rows in the binary format, column by column. */
    private static final class Encoder {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        private final DataOutputStream out = new DataOutputStream(buffer);

        Encoder columns(int count) {
            return write(() -> out.writeShort(count));
        }

        Encoder integer(int value) {
            return write(() -> {
                out.writeInt(4);
                out.writeInt(value);
            });
        }

        Encoder bigint(long value) {
            return write(() -> {
                out.writeInt(8);
                out.writeLong(value);
            });
        }

        Encoder date(LocalDate value) {
            return integer((int) (value.toEpochDay() - DAYS_BEFORE_2000));
        }

        /** A text, varchar or json column. */
        Encoder text(String value) {
            return write(() -> {
                if (value == null) {
                    out.writeInt(-1);
                } else {
                    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(bytes.length);
                    out.write(bytes);
                }
            });
        }

        byte[] bytes() {
            return buffer.toByteArray();
        }

        private Encoder write(Write write) {
            try {
                write.run();
            } catch (IOException e) {
                // a ByteArrayOutputStream does not fail
                throw new UncheckedIOException(e);
            }
            return this;
        }

        @FunctionalInterface
        private interface Write {
            void run() throws IOException;
        }
    }
}
