package org.negotiationtracker.projection;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.function.BooleanSupplier;
import org.negotiationtracker.domain.ReviewPolicy;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.eventlog.EventCodec;
import org.negotiationtracker.eventlog.EventLogStore;
import org.negotiationtracker.eventlog.LoggedEvent;
import org.negotiationtracker.eventlog.StoredEvent;

/**
 * Folds the log up to a position into topic projections held in memory, in one streamed read: the rows are read
 * on the calling thread, their payloads decoded a chunk at a time on a pool (decoding is most of the
 * work, and each event decodes alone), and the chunks folded back on the calling thread in log order, while the
 * next ones are read and decoded.
 */
final class WholeLogFold {

    /** Rows fetched from the database at a time. */
    static final int FETCH_ROWS = 5000;
    private static final int CHUNK_EVENTS = 2048;
    /** Decoded chunks waiting to be folded: bounds what the pipeline holds besides the projections. */
    private static final int CHUNKS_IN_FLIGHT = 8;

    private final EventLogStore log;
    private final EventCodec codec;
    private final ReviewPolicy policy;
    private final BooleanSupplier stopped;
    private final Map<String, TopicProjection> projections = new HashMap<>();
    private final PooledInOrder<List<LoggedEvent>> decoding;
    private List<StoredEvent> chunk = new ArrayList<>(CHUNK_EVENTS);
    private long events;

    /**
     * @param pool    decodes the chunks
     * @param stopped polled between chunks: true ends the fold with a {@link RebuildStoppedException}
     */
    WholeLogFold(EventLogStore log, EventCodec codec, ReviewPolicy policy, ForkJoinPool pool,
                 BooleanSupplier stopped) {
        this.decoding = new PooledInOrder<>(pool, CHUNKS_IN_FLIGHT, this::fold);
        this.log = log;
        this.codec = codec;
        this.policy = policy;
        this.stopped = stopped;
    }

    /**
     * Folds the events of the topics in {@code range} up to position {@code through}.
     *
     * @return the projections of those topics, by topic id
     */
    Map<String, TopicProjection> fold(Connection connection, long through, TopicRange range) throws SQLException {
        log.readThrough(connection, through, range.first(), range.last(), FETCH_ROWS, stored -> {
            chunk.add(stored);
            if (chunk.size() == CHUNK_EVENTS) {
                handOut();
            }
        });
        handOut();
        decoding.finish();
        return projections;
    }

    /** How many events it folded. */
    long events() {
        return events;
    }

    private void handOut() throws SQLException {
        if (stopped.getAsBoolean()) {
            throw new RebuildStoppedException();
        }
        if (chunk.isEmpty()) {
            return;
        }
        List<StoredEvent> stored = chunk;
        decoding.add(() -> stored.stream().map(event -> event.decode(codec)).toList());
        chunk = new ArrayList<>(CHUNK_EVENTS);
    }

    private void fold(List<LoggedEvent> decoded) {
        for (LoggedEvent logged : decoded) {
            projections.compute(logged.event().topicId(), (topic, projection) -> TopicProjection.fold(policy,
                    projection, logged.event(), logged.topicVersion(), logged.position()));
        }
        events += decoded.size();
    }
}
