package org.negotiationtracker.eventlog;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.negotiationtracker.jdbc.Jdbc;
import org.negotiationtracker.tracing.Tracing;

/**
 * Appends a bulk import's chunk in one transaction of its own, beside the group-commit writer: the same head lock
 * (so positions still follow commit order, and the writer sees the moved head and reloads its cached topic
 * versions), the same planning of ids, duplicates and topic versions, and the same listeners, but each event is an
 * append of its own, so a refused event refuses itself and not its chunk. On PostgreSQL the rows go in with
 * {@code COPY}; the head moves, and is announced, once per chunk.
 */
@ApplicationScoped
public class ChunkAppender {

    private static final int CACHED_TOPIC_VERSIONS = 100_000;

    /** What became of one event of a chunk: where it stands, or why it was refused. */
    public record Outcome(Appended appended, AppendRejectedException refusal) {
    }

    /** The outcomes in the order of the chunk, and the head once it committed. */
    public record Chunk(List<Outcome> outcomes, long head, Map<String, Integer> versions) {
    }

    private final AgroalDataSource dataSource;
    private final EventLogStore store;
    private final Instance<AppendListener> listeners;
    private final Instance<CommitListener> commitListeners;
    private final Tracing tracing;
    private final Counter appendedEvents;
    private final Counter duplicateEvents;
    /** An import that grows a few topics by millions of events would otherwise scan their index at every chunk. */
    private final TopicVersions topicVersions = new TopicVersions(CACHED_TOPIC_VERSIONS);

    ChunkAppender(AgroalDataSource dataSource, EventLogStore store, Instance<AppendListener> listeners,
                  Instance<CommitListener> commitListeners, Tracing tracing, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.store = store;
        this.listeners = listeners;
        this.commitListeners = commitListeners;
        this.tracing = tracing;
        this.appendedEvents = registry.counter("tracker.events.appended");
        this.duplicateEvents = registry.counter("tracker.events.duplicates");
    }

    /**
     * Appends what it can of {@code events} and returns once that is committed.
     *
     * @throws RuntimeException when the database fails (with the {@link SQLException} as its cause); nothing of the
     *                          chunk was appended
     */
    public Chunk append(List<PendingEvent> events) {
        AppendTrace trace = AppendTrace.current(tracing);
        Chunk chunk;
        synchronized (this) {
            try {
                chunk = QuarkusTransaction.requiringNew().call(() -> write(events, trace));
            } catch (RuntimeException e) {
                topicVersions.forget();
                throw e;
            }
            topicVersions.committed(chunk.head(), chunk.versions());
        }
        long duplicates = chunk.outcomes().stream().filter(o -> o.appended() != null && o.appended().duplicate())
                .count();
        long refused = chunk.outcomes().stream().filter(o -> o.refusal() != null).count();
        appendedEvents.increment(events.size() - duplicates - refused);
        duplicateEvents.increment(duplicates);
        for (CommitListener listener : commitListeners) {
            listener.committed(chunk.head());
        }
        return chunk;
    }

    private Chunk write(List<PendingEvent> events, AppendTrace trace) {
        try (Connection connection = dataSource.getConnection()) {
            long head = store.lockHead(connection);
            Set<String> eventIds = new HashSet<>();
            Set<String> topicIds = new HashSet<>();
            for (PendingEvent pending : events) {
                eventIds.add(pending.event().id());
                topicIds.add(pending.event().topicId());
            }
            Map<String, Integer> versions = topicVersions.of(connection, store, head, topicIds);
            AppendPlanner planner = new AppendPlanner(head, store.findByIds(connection, eventIds), versions,
                    Instant.now().truncatedTo(ChronoUnit.MICROS));
            List<Outcome> outcomes = new ArrayList<>(events.size());
            for (PendingEvent pending : events) {
                try {
                    outcomes.add(new Outcome(planner.plan(List.of(pending)).get(0), null));
                } catch (AppendRejectedException refusal) {
                    outcomes.add(new Outcome(null, refusal));
                }
            }
            List<LoggedEvent> planned = planner.planned();
            if (!planned.isEmpty()) {
                store.insertChunk(connection, planned, trace);
                store.moveHead(connection, planner.head());
                for (AppendListener listener : listeners) {
                    listener.onAppend(planned);
                }
            }
            Map<String, Integer> committedVersions = new HashMap<>();
            for (String topicId : topicIds) {
                committedVersions.put(topicId, planner.versions().getOrDefault(topicId, 0));
            }
            return new Chunk(outcomes, planner.head(), committedVersions);
        } catch (SQLException e) {
            throw Jdbc.failed("bulk import append", e);
        }
    }
}
