package org.negotiationtracker.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.negotiationtracker.domain.ReviewPolicy;
import org.negotiationtracker.domain.TopicProjection;

/**
 * The projector's access to the read-model rows of one generation, inside its transaction, in plain JDBC: all topics
 * of a page are written together as batches, one per kind of statement, so a write costs a few round trips however
 * many topics and entries it touches. Rows are upserted (PostgreSQL's {@code on conflict}, H2's {@code merge}), which
 * the PostgreSQL driver turns into multi-row statements (reWriteBatchedInserts), where updates would stay one
 * statement per row. The read side keeps its entities ({@link TopicQueries}).
 */
@ApplicationScoped
class ReadModelStore {

    /**
     * One topic's changes since its rows were last written.
     *
     * @param newEntryIds     entries without a row yet
     * @param changedEntryIds entries with a row whose reports changed
     * @param removedEntryIds entries with a row that were merged into others
     */
    record TopicChanges(TopicProjection projection, Set<String> newEntryIds, Set<String> changedEntryIds,
                        Set<String> removedEntryIds) {
    }

    /** Rows per executed batch: bounds what a rebuild, which writes every row in one go, holds in memory at once. */
    private static final int BATCH_ROWS = 1000;
    /** Topics whose rows are derived before they are written: bounds what a rebuild holds in memory at once. */
    private static final int TOPICS_PER_CHUNK = 64;
    /**
     * Timeline entries whose rows a new generation's write derives on one thread at a time: about 100 KiB of rows,
     * well under what G1 allocates as a humongous object (half a region: 1 MiB in a heap of a few GiB), in whole
     * contiguous regions outside the young generation; chunks of hundreds of MiB once ended in a full collection.
     */
    private static final int ENTRIES_PER_SLICE = 100;

    private static final String ENTRY_COLUMNS =
            "generation, entry_id, topic_id, event_type, occurred_at, occurred_from, occurred_until, reports,"
                    + " confirmations";
    private static final String STATE_COLUMNS =
            "generation, topic_id, title, status, version, position, report_count, last_event_at, definition, state";

    private final ReadModelCodec codec;
    private volatile Boolean postgres;

    ReadModelStore(ReadModelCodec codec) {
        this.codec = codec;
    }

    /** A topic's projection from its stored rows; null when the topic has none. */
    TopicProjection load(Connection connection, int generation, String topicId) throws SQLException {
        String definition;
        int version;
        long position;
        try (PreparedStatement select = connection.prepareStatement(
                "select definition, version, position from topic_state where generation = ? and topic_id = ?")) {
            select.setInt(1, generation);
            select.setString(2, topicId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                definition = row.getString(1);
                version = row.getInt(2);
                position = row.getLong(3);
            }
        }
        List<ReadModelCodec.StoredEntry> entries = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select reports, confirmations from timeline_entry where generation = ? and topic_id = ?")) {
            select.setInt(1, generation);
            select.setString(2, topicId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new ReadModelCodec.StoredEntry(rows.getString(1), rows.getString(2)));
                }
            }
        }
        return codec.projection(definition, version, position, entries);
    }

    /** The review policy the projections of these rows fold under. */
    ReviewPolicy policy() {
        return codec.policy();
    }

    void write(Connection connection, int generation, Collection<TopicChanges> changes) throws SQLException {
        boolean postgres = isPostgres(connection);
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from timeline_entry where generation = ? and entry_id = ?")) {
            Batch batch = new Batch(delete);
            for (TopicChanges topic : changes) {
                for (String entryId : topic.removedEntryIds()) {
                    delete.setInt(1, generation);
                    delete.setString(2, entryId);
                    batch.add();
                }
            }
            batch.flush();
        }
        try (PreparedStatement entryUpsert = connection.prepareStatement(postgres
                ? "insert into timeline_entry (" + ENTRY_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, cast(? as json),"
                        + " cast(? as json)) on conflict (generation, entry_id) do update set topic_id = excluded.topic_id,"
                        + " event_type = excluded.event_type, occurred_at = excluded.occurred_at,"
                        + " occurred_from = excluded.occurred_from, occurred_until = excluded.occurred_until,"
                        + " reports = excluded.reports, confirmations = excluded.confirmations"
                : "merge into timeline_entry (" + ENTRY_COLUMNS + ") key (generation, entry_id)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ? format json, ? format json)");
             PreparedStatement stateUpsert = connection.prepareStatement(postgres
                ? "insert into topic_state (" + STATE_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as json),"
                        + " cast(? as json)) on conflict (generation, topic_id) do update set title = excluded.title,"
                        + " status = excluded.status, version = excluded.version, position = excluded.position,"
                        + " report_count = excluded.report_count, last_event_at = excluded.last_event_at,"
                        + " definition = excluded.definition, state = excluded.state"
                : "merge into topic_state (" + STATE_COLUMNS + ") key (generation, topic_id)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ? format json, ? format json)")) {
            Batch entries = new Batch(entryUpsert);
            Batch states = new Batch(stateUpsert);
            List<TopicChanges> topics = List.copyOf(changes);
            for (int from = 0; from < topics.size(); from += TOPICS_PER_CHUNK) {
                for (TopicRows rows : rows(generation, topics.subList(from, Math.min(topics.size(),
                        from + TOPICS_PER_CHUNK)))) {
                    for (TimelineEntryRecord entry : rows.entries()) {
                        bind(entryUpsert, entry);
                        entries.add();
                    }
                    bind(stateUpsert, rows.state());
                    states.add();
                }
            }
            entries.flush();
            states.flush();
        }
    }

    /**
     * Writes every row of a generation that has none yet, each once: on PostgreSQL through {@code COPY}, elsewhere as
     * batched inserts. The rows are derived on {@code pool} a piece at a time while those before are written, so the
     * rows of a whole log are never all in memory at once.
     *
     * @return how many timeline entries it wrote
     */
    int insert(Connection connection, int generation, List<TopicProjection> topics, ForkJoinPool pool)
            throws SQLException {
        if (isPostgres(connection)) {
            // the states first: deriving one derives the topic's entries, which must be done before the entries'
            // rows are derived from the same projections on other threads
            ReadModelCopy copy = new ReadModelCopy(connection, pool);
            copy.rows("topic_state (" + STATE_COLUMNS + ")", topics.stream()
                    .<Supplier<ReadModelCopy.Rows>>map(topic ->
                            () -> ReadModelCopy.stateRow(codec.stateRecord(generation, topic)))
                    .toList());
            return copy.rows("timeline_entry (" + ENTRY_COLUMNS + ")", topics.stream()
                    .flatMap(topic -> slices(List.copyOf(topic.entryIds())).stream()
                            .<Supplier<ReadModelCopy.Rows>>map(entryIds ->
                                    () -> ReadModelCopy.entryRows(generation, topic, entryIds, codec)))
                    .toList());
        }
        int entries = 0;
        try (PreparedStatement entryInsert = connection.prepareStatement("insert into timeline_entry ("
                + ENTRY_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ? format json, ? format json)");
             PreparedStatement stateInsert = connection.prepareStatement("insert into topic_state (" + STATE_COLUMNS
                     + ") values (?, ?, ?, ?, ?, ?, ?, ?, ? format json, ? format json)")) {
            Batch entryBatch = new Batch(entryInsert);
            Batch stateBatch = new Batch(stateInsert);
            for (List<TopicProjection> chunk : chunks(topics).toList()) {
                for (TopicRows rows : pool.submit(() -> chunk.parallelStream()
                        .map(topic -> allRows(generation, topic)).toList()).join()) {
                    for (TimelineEntryRecord entry : rows.entries()) {
                        bind(entryInsert, entry);
                        entryBatch.add();
                        entries++;
                    }
                    bind(stateInsert, rows.state());
                    stateBatch.add();
                }
            }
            entryBatch.flush();
            stateBatch.flush();
        }
        return entries;
    }

    private static Stream<List<TopicProjection>> chunks(List<TopicProjection> topics) {
        return IntStream.range(0, (topics.size() + TOPICS_PER_CHUNK - 1) / TOPICS_PER_CHUNK)
                .mapToObj(chunk -> topics.subList(chunk * TOPICS_PER_CHUNK,
                        Math.min(topics.size(), (chunk + 1) * TOPICS_PER_CHUNK)));
    }

    /** A topic's entries in slices a thread derives the rows of at a time. */
    private static List<List<String>> slices(List<String> entryIds) {
        List<List<String>> slices = new ArrayList<>();
        for (int from = 0; from < entryIds.size(); from += ENTRIES_PER_SLICE) {
            slices.add(entryIds.subList(from, Math.min(entryIds.size(), from + ENTRIES_PER_SLICE)));
        }
        return slices;
    }

    /** Every row of a topic's projection. */
    private TopicRows allRows(int generation, TopicProjection topic) {
        List<TimelineEntryRecord> entries = new ArrayList<>();
        for (String entryId : topic.entryIds()) {
            entries.add(codec.entryRecord(generation, topic, entryId));
        }
        return new TopicRows(entries, codec.stateRecord(generation, topic));
    }

    /**
     * The rows of some topics' changes, derived on every core when there are several topics: deriving the entries
     * and the state and writing them as JSON is most of a write's time, and one topic's rows are derived by one
     * thread only, from its own projection.
     */
    private List<TopicRows> rows(int generation, List<TopicChanges> topics) {
        return (topics.size() > 1 ? topics.parallelStream() : topics.stream())
                .map(topic -> rows(generation, topic))
                .toList();
    }

    private TopicRows rows(int generation, TopicChanges topic) {
        List<TimelineEntryRecord> entries = new ArrayList<>(topic.newEntryIds().size()
                + topic.changedEntryIds().size());
        for (Set<String> entryIds : List.of(topic.newEntryIds(), topic.changedEntryIds())) {
            for (String entryId : entryIds) {
                entries.add(codec.entryRecord(generation, topic.projection(), entryId));
            }
        }
        return new TopicRows(entries, codec.stateRecord(generation, topic.projection()));
    }

    private record TopicRows(List<TimelineEntryRecord> entries, TopicStateRecord state) {
    }

    private static void bind(PreparedStatement upsert, TimelineEntryRecord entry) throws SQLException {
        upsert.setInt(1, entry.generation);
        upsert.setString(2, entry.entryId);
        upsert.setString(3, entry.topicId);
        upsert.setString(4, entry.eventType);
        upsert.setString(5, entry.occurredAt);
        upsert.setDate(6, Date.valueOf(entry.occurredFrom));
        upsert.setDate(7, Date.valueOf(entry.occurredUntil));
        upsert.setString(8, entry.reports);
        upsert.setString(9, entry.confirmations);
    }

    private static void bind(PreparedStatement upsert, TopicStateRecord topic) throws SQLException {
        upsert.setInt(1, topic.generation);
        upsert.setString(2, topic.topicId);
        upsert.setString(3, topic.title);
        upsert.setString(4, topic.status);
        upsert.setInt(5, topic.version);
        upsert.setLong(6, topic.position);
        upsert.setInt(7, topic.reportCount);
        upsert.setString(8, topic.lastEventAt);
        upsert.setString(9, topic.definition);
        upsert.setString(10, topic.state);
    }

    private boolean isPostgres(Connection connection) throws SQLException {
        if (postgres == null) {
            postgres = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        }
        return postgres;
    }

    /** A statement's batch, executed every {@link #BATCH_ROWS} rows and at the end. */
    private static final class Batch {

        private final PreparedStatement statement;
        private int rows;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        void add() throws SQLException {
            statement.addBatch();
            if (++rows == BATCH_ROWS) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (rows > 0) {
                statement.executeBatch();
                rows = 0;
            }
        }
    }
}
