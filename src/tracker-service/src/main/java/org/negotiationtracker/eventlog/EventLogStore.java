package org.negotiationtracker.eventlog;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.TopicEvent;
import org.negotiationtracker.jdbc.BinaryCopyRows;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/** The SQL of the event log, on a connection the caller owns (and whose transaction it controls). */
@ApplicationScoped
public class EventLogStore {

    private static final int IN_LIST_CHUNK = 500;
    private static final int COPY_BUFFER_BYTES = 64 * 1024;
    private static final String COLUMNS = "position, topic_version, recorded_at, event_type, payload";
    private static final String LOCK_HEAD = "select position from log_head where id = 1 for update";

    private final EventCodec codec;
    /** The PostgreSQL notification channel on which every commit announces the new head. */
    public static final String HEAD_CHANNEL = "event_log_head";

    private volatile Boolean postgres;

    public EventLogStore(EventCodec codec) {
        this.codec = codec;
    }

    /** Locks the head row until the transaction ends: appends queue here, so commits follow positions. */
    long lockHead(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(LOCK_HEAD)) {
            return single(select);
        }
    }

    /** The head, locked as {@link #lockHead} locks it, and the events of the log with these ids. */
    record LockedHead(long head, Map<String, LoggedEvent> found) {
    }

    /**
     * {@link #lockHead}, then {@link #findByIds} once the lock is held. On PostgreSQL the two statements go in one
     * round trip (a few hundred ids at most): the server still runs the second only once the first has its lock,
     * with a snapshot taken then, so it sees every event committed before the head was locked, as two round trips
     * would; an append of one event waits for one round trip fewer.
     */
    LockedHead lockHeadAndFind(Connection connection, Collection<String> eventIds) throws SQLException {
        if (eventIds.isEmpty() || eventIds.size() > IN_LIST_CHUNK || !isPostgres(connection)) {
            long head = lockHead(connection);
            return new LockedHead(head, findByIds(connection, eventIds));
        }
        String sql = LOCK_HEAD + "; select " + COLUMNS + " from event_log where event_id in ("
                + placeholders(eventIds.size()) + ")";
        try (PreparedStatement both = connection.prepareStatement(sql)) {
            bind(both, 1, List.copyOf(eventIds));
            both.execute();
            long head;
            try (ResultSet row = both.getResultSet()) {
                head = single(row);
            }
            if (!both.getMoreResults()) {
                throw new IllegalStateException("the lookup of the event ids returned no rows to read");
            }
            Map<String, LoggedEvent> found = new HashMap<>();
            try (ResultSet rows = both.getResultSet()) {
                for (LoggedEvent event : readAll(rows)) {
                    found.put(event.event().id(), event);
                }
            }
            return new LockedHead(head, found);
        }
    }

    /**
     * Moves the head; on PostgreSQL the same statement queues a notification that goes out with the
     * commit, so live readers on every replica wake up at once instead of polling.
     */
    void moveHead(Connection connection, long position) throws SQLException {
        String sql = isPostgres(connection)
                ? "with moved as (update log_head set position = ? where id = 1 returning position) "
                        + "select pg_notify('" + HEAD_CHANNEL + "', cast(position as text)) from moved"
                : "update log_head set position = ? where id = 1";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, position);
            update.execute();
        }
    }

    /** Static and plain JDBC, so that the benchmark's lag sampler reads the head as the service does. */
    public static long head(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select position from log_head where id = 1")) {
            return single(select);
        }
    }

    Map<String, LoggedEvent> findByIds(Connection connection, Collection<String> eventIds) throws SQLException {
        Map<String, LoggedEvent> found = new HashMap<>();
        for (List<String> chunk : chunks(eventIds)) {
            String sql = "select " + COLUMNS + " from event_log where event_id in (" + placeholders(chunk.size()) + ")";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                bind(select, 1, chunk);
                for (LoggedEvent event : readAll(select)) {
                    found.put(event.event().id(), event);
                }
            }
        }
        return found;
    }

    /** The current version of each topic that has events; topics without any are left out. */
    Map<String, Integer> versions(Connection connection, Collection<String> topicIds) throws SQLException {
        Map<String, Integer> versions = new HashMap<>();
        for (List<String> chunk : chunks(topicIds)) {
            String sql = "select topic_id, max(topic_version) from event_log where topic_id in ("
                    + placeholders(chunk.size()) + ") group by topic_id";
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                bind(select, 1, chunk);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        versions.put(rows.getString(1), rows.getInt(2));
                    }
                }
            }
        }
        return versions;
    }

    /** {@code traces} holds the trace of the append each event came with. */
    void insert(Connection connection, List<LoggedEvent> events, Map<TopicEvent, AppendTrace> traces)
            throws SQLException {
        String sql = "insert into event_log (position, event_id, topic_id, topic_version, event_type, occurred_at, "
                + "recorded_at, payload, trace_parent, trace_state) values (?, ?, ?, ?, ?, ?, ?, "
                + jsonParameter(connection) + ", ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (LoggedEvent logged : events) {
                insert.setLong(1, logged.position());
                insert.setString(2, logged.event().id());
                insert.setString(3, logged.event().topicId());
                insert.setInt(4, logged.topicVersion());
                insert.setString(5, logged.event().type().wireName());
                insert.setString(6, logged.event() instanceof DiplomaticEvent e ? e.occurredAt().toString() : null);
                insert.setObject(7, OffsetDateTime.ofInstant(logged.recordedAt(), ZoneOffset.UTC));
                insert.setString(8, codec.payload(logged.event()));
                AppendTrace trace = traces.get(logged.event());
                insert.setString(9, trace.traceParent());
                insert.setString(10, trace.traceState());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * A bulk import's chunk, all under one trace: on PostgreSQL with {@code COPY}, which skips the parsing and
     * planning of an INSERT per row (several times the rows per second of batched inserts), elsewhere as
     * {@link #insert}.
     */
    void insertChunk(Connection connection, List<LoggedEvent> events, AppendTrace trace) throws SQLException {
        if (!isPostgres(connection)) {
            Map<TopicEvent, AppendTrace> traces = new IdentityHashMap<>();
            events.forEach(logged -> traces.put(logged.event(), trace));
            insert(connection, events, traces);
            return;
        }
        String sql = "copy event_log (position, event_id, topic_id, topic_version, event_type, occurred_at, "
                + "recorded_at, payload, trace_parent, trace_state) from stdin with (format binary)";
        try (OutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql,
                COPY_BUFFER_BYTES)) {
            BinaryCopyRows rows = new BinaryCopyRows(COPY_BUFFER_BYTES);
            copy.write(BinaryCopyRows.HEADER);
            for (LoggedEvent logged : events) {
                TopicEvent event = logged.event();
                rows.columns(10).bigint(logged.position()).text(event.id()).text(event.topicId())
                        .integer(logged.topicVersion()).text(event.type().wireName())
                        .text(event instanceof DiplomaticEvent e ? e.occurredAt().toString() : null)
                        .timestamp(logged.recordedAt()).utf8(codec.payloadBytes(event))
                        .text(trace.traceParent()).text(trace.traceState());
                if (rows.size() >= COPY_BUFFER_BYTES) {
                    copy.write(rows.bytes());
                    rows.reset();
                }
            }
            copy.write(rows.bytes());
            copy.write(BinaryCopyRows.TRAILER);
        } catch (IOException e) {
            throw new SQLException("copy into event_log failed: " + e.getMessage(), e);
        }
    }

    /** Events after a position, in log order; {@code topicId} and {@code types} narrow it when given. */
    public List<LoggedEvent> read(Connection connection, long after, int limit, String topicId,
                                  Collection<EventType> types) throws SQLException {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from event_log where position > ?");
        if (topicId != null) {
            sql.append(" and topic_id = ?");
        }
        if (!types.isEmpty()) {
            sql.append(" and event_type in (").append(placeholders(types.size())).append(')');
        }
        sql.append(" order by position limit ?");
        try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
            int index = 1;
            select.setLong(index++, after);
            if (topicId != null) {
                select.setString(index++, topicId);
            }
            index = bind(select, index, types.stream().map(EventType::wireName).toList());
            select.setInt(index, limit);
            return readAll(select);
        }
    }

    /** Whether the log holds any event of the topic, which it does from the topic's registration on. */
    boolean hasTopic(Connection connection, String topicId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select 1 from event_log where topic_id = ? limit 1")) {
            select.setString(1, topicId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Events after a position, in log order, as stored: the payload is not decoded. {@code topicId} narrows it. */
    public List<StoredEvent> readStored(Connection connection, long after, int limit, String topicId)
            throws SQLException {
        return readStored(connection, after, Long.MAX_VALUE, limit, topicId);
    }

    /** {@link #readStored(Connection, long, int, String)} no further than position {@code through}. */
    public List<StoredEvent> readStored(Connection connection, long after, long through, int limit, String topicId)
            throws SQLException {
        return readStored(connection, after, through, limit, topicId == null ? List.of() : List.of(topicId));
    }

    /**
     * The events of some topics (of all, when none is given) after a position and no further than position
     * {@code through}, in log order, as stored.
     */
    public List<StoredEvent> readStored(Connection connection, long after, long through, int limit,
                                        List<String> topicIds) throws SQLException {
        String sql = "select position, topic_version, recorded_at, event_id, topic_id, event_type, occurred_at, payload,"
                + " trace_parent, trace_state from event_log where position > ? and position <= ?"
                + (topicIds.isEmpty() ? "" : " and topic_id in (" + placeholders(topicIds.size()) + ")")
                + " order by position limit ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int index = 1;
            select.setLong(index++, after);
            select.setLong(index++, through);
            index = bind(select, index, topicIds);
            select.setInt(index, limit);
            List<StoredEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(stored(rows));
                }
            }
            return events;
        }
    }

    /** A topic's events among those a {@link #window} spans: how many, and the position of its last. */
    public record TopicSpan(String topicId, int events, long lastPosition) {
    }

    /**
     * The topics of the next {@code limit} events after a position, in the order of their first event there, without
     * their payloads: what a reader that folds topic by topic needs to read each topic's events of those once
     * ({@link #readStored(Connection, long, long, int, List)} with the topics, by the topics' position index).
     */
    public List<TopicSpan> window(Connection connection, long after, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select topic_id, count(*), max(position)"
                + " from (select topic_id, position from event_log where position > ? order by position limit ?) w"
                + " group by topic_id order by min(position)")) {
            select.setLong(1, after);
            select.setInt(2, limit);
            List<TopicSpan> spans = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    spans.add(new TopicSpan(rows.getString(1), rows.getInt(2), rows.getLong(3)));
                }
            }
            return spans;
        }
    }

    /** Told each event of {@link #readThrough}, in log order. */
    @FunctionalInterface
    public interface StoredEventSink {
        void accept(StoredEvent event) throws SQLException;
    }

    /**
     * Every event up to position {@code through} as stored, in log order, streamed {@code fetchSize} rows at a time
     * rather than held as a list: the read of a whole log. With {@code firstTopic} and {@code lastTopic} only the
     * events of topics between the two, both included. On PostgreSQL the rows stream only inside a transaction.
     */
    public void readThrough(Connection connection, long through, String firstTopic, String lastTopic, int fetchSize,
                            StoredEventSink sink) throws SQLException {
        String sql = "select position, topic_version, recorded_at, event_id, topic_id, event_type, occurred_at, payload,"
                + " trace_parent, trace_state from event_log where position <= ?"
                + (firstTopic != null ? " and topic_id >= ? and topic_id <= ?" : "") + " order by position";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, through);
            if (firstTopic != null) {
                select.setString(2, firstTopic);
                select.setString(3, lastTopic);
            }
            select.setFetchSize(fetchSize);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sink.accept(stored(rows));
                }
            }
        }
    }

    /** The event of a row of {@link #readStored}'s and {@link #readThrough}'s columns. */
    private static StoredEvent stored(ResultSet rows) throws SQLException {
        return new StoredEvent(rows.getLong(1), rows.getInt(2), rows.getObject(3, OffsetDateTime.class).toInstant(),
                rows.getString(4), rows.getString(5), EventType.fromWireName(rows.getString(6)).orElseThrow(),
                rows.getString(7), rows.getString(8), rows.getString(9), rows.getString(10));
    }

    private List<LoggedEvent> readAll(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            return readAll(rows);
        }
    }

    /** The events of rows of {@link #COLUMNS}. */
    private List<LoggedEvent> readAll(ResultSet rows) throws SQLException {
        List<LoggedEvent> events = new ArrayList<>();
        while (rows.next()) {
            EventType type = EventType.fromWireName(rows.getString(4)).orElseThrow();
            events.add(new LoggedEvent(rows.getLong(1), rows.getInt(2),
                    rows.getObject(3, OffsetDateTime.class).toInstant(), codec.read(type, rows.getString(5))));
        }
        return events;
    }

    private String jsonParameter(Connection connection) throws SQLException {
        return isPostgres(connection) ? "cast(? as json)" : "? format json";
    }

    public boolean isPostgres(Connection connection) throws SQLException {
        if (postgres == null) {
            postgres = connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
        }
        return postgres;
    }

    private static long single(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            return single(rows);
        }
    }

    private static long single(ResultSet rows) throws SQLException {
        if (!rows.next()) {
            throw new IllegalStateException("log_head row is missing: the schema was not migrated");
        }
        return rows.getLong(1);
    }

    private static int bind(PreparedStatement statement, int from, List<String> values) throws SQLException {
        int index = from;
        for (String value : values) {
            statement.setString(index++, value);
        }
        return index;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = List.copyOf(values);
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST_CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IN_LIST_CHUNK)));
        }
        return chunks;
    }
}
