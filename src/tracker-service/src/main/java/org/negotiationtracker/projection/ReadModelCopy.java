package org.negotiationtracker.projection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.jdbc.BinaryCopyRows;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Read-model rows written through PostgreSQL's {@code COPY ... FROM STDIN} in its binary format
 * ({@link BinaryCopyRows}): the fastest way in for the rows of a whole generation, which are all new.
 */
final class ReadModelCopy {

    /** Some rows, encoded, and how many they are. */
    record Rows(byte[] bytes, int count) {
    }

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
            copy.writeToCopy(BinaryCopyRows.HEADER, 0, BinaryCopyRows.HEADER.length);
            PooledInOrder<Rows> encoded = new PooledInOrder<>(pool, PIECES_IN_FLIGHT, rows -> {
                copy.writeToCopy(rows.bytes(), 0, rows.bytes().length);
                count[0] += rows.count();
            });
            for (Supplier<Rows> piece : pieces) {
                encoded.add(piece);
            }
            encoded.finish();
            copy.writeToCopy(BinaryCopyRows.TRAILER, 0, BinaryCopyRows.TRAILER.length);
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
        BinaryCopyRows rows = new BinaryCopyRows(1 << 16);
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
        BinaryCopyRows row = new BinaryCopyRows(1 << 10).columns(10).integer(state.generation).text(state.topicId)
                .text(state.title).text(state.status).integer(state.version).bigint(state.position).integer(state.reportCount)
                .text(state.lastEventAt).text(state.definition).text(state.state);
        return new Rows(row.bytes(), 1);
    }
}
