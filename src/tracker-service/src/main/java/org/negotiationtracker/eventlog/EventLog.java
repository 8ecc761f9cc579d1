package org.negotiationtracker.eventlog;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.jdbc.Jdbc;
import org.negotiationtracker.lifecycle.BackgroundThread;
import org.negotiationtracker.lifecycle.BackgroundThreads;
import org.negotiationtracker.tracing.Tracing;

/**
 * The append-only event log: one global order of positions, a version per topic, idempotent appends
 * with optional optimistic concurrency, and reads by position that never skip a late commit. What follows the log
 * (streams, relay, extractor, projector) does so through {@code logfollowing.LogFollowing}.
 */
@ApplicationScoped
public class EventLog {

    private static final String READING = "reading the event log";

    private final AgroalDataSource dataSource;
    private final EventLogStore store;
    private final Instance<AppendListener> listeners;
    private final Instance<CommitListener> commitListeners;
    private final MeterRegistry registry;
    private final int maxBatchEvents;
    private final Duration appendTimeout;
    private final BackgroundThread writerThread;
    private final Tracing tracing;
    private GroupCommitWriter writer;

    public EventLog(AgroalDataSource dataSource, EventLogStore store, Instance<AppendListener> listeners,
                    Instance<CommitListener> commitListeners, MeterRegistry registry, EventLogConfig config,
                    BackgroundThreads threads, Tracing tracing) {
        this.dataSource = dataSource;
        this.store = store;
        this.listeners = listeners;
        this.commitListeners = commitListeners;
        this.registry = registry;
        this.maxBatchEvents = config.maxBatchEvents();
        this.appendTimeout = config.appendTimeout();
        this.writerThread = threads.create("event-log-writer");
        this.tracing = tracing;
    }

    void start(@Observes StartupEvent startup) {
        writer = new GroupCommitWriter(dataSource, store, listeners.stream().toList(),
                commitListeners.stream().toList(), maxBatchEvents, registry, writerThread,
                tracing);
        writer.start();
        Gauge.builder("tracker.append.queued", writer, GroupCommitWriter::queued)
                .description("Appends waiting for the next group commit").register(registry);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        writer.stop(appendTimeout);
    }

    /**
     * Appends all the events or none of them, and returns once they are committed.
     *
     * @throws AppendRejectedException when a check fails; nothing was appended
     * @throws LogUnavailableException when the writer has stopped or did not commit in time
     */
    public List<Appended> append(List<PendingEvent> events) {
        return await(appendLater(events));
    }

    /**
     * Holds the caller's thread until an append answered by {@link #appendLater} (or by a layer over it) is done.
     *
     * @throws RuntimeException what the append failed with
     * @throws LogUnavailableException when the thread is interrupted while it waits
     */
    public static List<Appended> await(CompletableFuture<List<Appended>> appended) {
        try {
            return appended.get();
        } catch (ExecutionException e) {
            throw (RuntimeException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LogUnavailableException("interrupted while waiting for the event log", e);
        }
    }

    /**
     * {@link #append} without holding the caller's thread while the writer commits: the answer completes once the
     * events are committed, or fails with one of the exceptions {@link #append} throws.
     */
    public CompletableFuture<List<Appended>> appendLater(List<PendingEvent> events) {
        CompletableFuture<List<Appended>> answer = new CompletableFuture<>();
        try {
            writer.submit(events).orTimeout(appendTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .whenComplete((appended, failure) -> {
                        if (failure == null) {
                            answer.complete(appended);
                        } else {
                            answer.completeExceptionally(asAppendFailure(failure));
                        }
                    });
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
        }
        return answer;
    }

    public List<LoggedEvent> read(long after, int limit, String topicId, Collection<EventType> types) {
        return Jdbc.query(dataSource, READING, connection -> store.read(connection, after, limit, topicId,
                types));
    }

    /** The events of the log with these ids, by id; ids the log does not hold are left out. */
    public Map<String, LoggedEvent> findByIds(Collection<String> eventIds) {
        return Jdbc.query(dataSource, READING, connection -> store.findByIds(connection, eventIds));
    }

    public boolean hasTopic(String topicId) {
        return Jdbc.query(dataSource, READING, connection -> store.hasTopic(connection, topicId));
    }

    public long head() {
        return Jdbc.query(dataSource, "reading the log head", EventLogStore::head);
    }

    /** The thread that writes the log, for liveness: it must be alive, and says why when it is not. */
    public BackgroundThread writer() {
        return writerThread;
    }

    private RuntimeException asAppendFailure(Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        if (cause instanceof TimeoutException) {
            return new LogUnavailableException("the event log did not commit within " + appendTimeout
                    + "; the append may still complete, retry it with the same event ids", cause);
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
}
