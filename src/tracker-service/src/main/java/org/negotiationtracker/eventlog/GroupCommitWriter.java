package org.negotiationtracker.eventlog;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.negotiationtracker.domain.TopicEvent;
import org.negotiationtracker.jdbc.Jdbc;
import org.negotiationtracker.lifecycle.BackgroundThread;
import org.negotiationtracker.tracing.Tracing;

/**
 * The one thread of this instance that writes the log. Appends that arrive while a transaction is
 * running wait in a queue and go into the next transaction together, so many concurrent clients
 * share one head lock and one commit instead of queueing on the lock one by one. A failed append fails
 * alone; an {@link Error} stops the writer (see {@link #run}).
 */
final class GroupCommitWriter {

    private static final Logger LOG = Logger.getLogger(GroupCommitWriter.class);
    private static final int CACHED_TOPIC_VERSIONS = 100_000;
    private static final AttributeKey<Long> APPENDS = AttributeKey.longKey("tracker.commit.appends");
    private static final AttributeKey<Long> EVENTS = AttributeKey.longKey("tracker.commit.events");
    private static final AttributeKey<Long> APPENDED_EVENTS = AttributeKey.longKey("tracker.commit.appended_events");
    private static final AttributeKey<Long> FIRST_POSITION = AttributeKey.longKey("tracker.commit.first_position");
    private static final AttributeKey<Long> LAST_POSITION = AttributeKey.longKey("tracker.commit.last_position");

    private record AppendRequest(List<PendingEvent> events, AppendTrace trace,
                                 CompletableFuture<List<Appended>> result) {
    }

    private record Committed(long head, int appended) {
    }

    private final BlockingQueue<AppendRequest> queue = new LinkedBlockingQueue<>();
    private final AgroalDataSource dataSource;
    private final EventLogStore store;
    private final List<AppendListener> listeners;
    private final List<CommitListener> commitListeners;
    private final int maxBatchEvents;
    private final Counter appendedEvents;
    private final Counter duplicateEvents;
    private final Timer transactions;
    private final TopicVersions topicVersions = new TopicVersions(CACHED_TOPIC_VERSIONS);
    private final BackgroundThread thread;
    private final Tracing tracing;

    GroupCommitWriter(AgroalDataSource dataSource, EventLogStore store, List<AppendListener> listeners,
                      List<CommitListener> commitListeners, int maxBatchEvents, MeterRegistry registry,
                      BackgroundThread thread, Tracing tracing) {
        this.thread = thread;
        this.dataSource = dataSource;
        this.store = store;
        this.listeners = listeners;
        this.commitListeners = commitListeners;
        this.maxBatchEvents = maxBatchEvents;
        this.appendedEvents = registry.counter("tracker.events.appended");
        this.duplicateEvents = registry.counter("tracker.events.duplicates");
        this.transactions = Timer.builder("tracker.append.transactions")
                .description("Group-commit transactions of the event log").register(registry);
        this.tracing = tracing;
    }

    CompletableFuture<List<Appended>> submit(List<PendingEvent> events) {
        CompletableFuture<List<Appended>> result = new CompletableFuture<>();
        enqueue(new AppendRequest(List.copyOf(events), AppendTrace.current(tracing), result));
        return result;
    }

    private void enqueue(AppendRequest request) {
        if (thread.failure() != null) {
            throw stopped(thread.failure(), null);
        }
        if (!thread.isRunning()) {
            throw new IllegalStateException("the event log is shutting down");
        }
        queue.add(request);
    }

    void start() {
        thread.start(this::run);
    }

    void stop(Duration wait) throws InterruptedException {
        thread.stop(() -> { }, wait);
    }

    int queued() {
        return queue.size();
    }

    /**
     * Writes until stopped and the queue is empty. An exception fails the appends it concerns and the writer
     * goes on; an {@link Error} (out of memory, a broken class) leaves nothing to trust, so it fails the
     * appends taken and those waiting, and ends the thread, which liveness then reports.
     */
    private void run() throws InterruptedException {
        try {
            while (thread.isRunning() || !queue.isEmpty()) {
                AppendRequest first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<AppendRequest> batch = collectBatch(first);
                    settle(batch, () -> writeAppends(batch));
                }
            }
        } catch (Error e) {
            for (AppendRequest waiting = queue.poll(); waiting != null; waiting = queue.poll()) {
                waiting.result().completeExceptionally(stopped(e.toString(), e));
            }
            throw e;
        }
    }

    private static void settle(List<AppendRequest> taken, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("event log writer failed; continuing with the next batch", e);
        } catch (Error e) {
            taken.forEach(request -> request.result().completeExceptionally(stopped(e.toString(), e)));
            throw e;
        }
    }

    private static LogUnavailableException stopped(String reason, Throwable cause) {
        return new LogUnavailableException("the event log writer has stopped (" + reason
                + "); nothing more can be appended until the service restarts", cause);
    }

    private List<AppendRequest> collectBatch(AppendRequest first) {
        List<AppendRequest> batch = new ArrayList<>();
        batch.add(first);
        int events = first.events().size();
        for (AppendRequest next = queue.peek(); next != null && events + next.events().size() <= maxBatchEvents;
                next = queue.peek()) {
            queue.poll();
            batch.add(next);
            events += next.events().size();
        }
        return batch;
    }

    private void writeAppends(List<AppendRequest> batch) {
        Map<AppendRequest, Object> outcomes = new LinkedHashMap<>();
        Committed[] committed = new Committed[1];
        Map<String, Integer> committedVersions = new LinkedHashMap<>();
        Span span = commitSpan(batch);
        try (Scope ignored = span.makeCurrent()) {
            transactions.record(() -> QuarkusTransaction.requiringNew().run(() -> {
                outcomes.clear();
                committedVersions.clear();
                committed[0] = writeInTransaction(batch, outcomes, committedVersions);
            }));
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            span.end();
            rethrowError(e);
            forgetCaches();
            if (batch.size() > 1) {
                LOG.warnf(e, "group commit of %d appends failed; retrying them one by one", batch.size());
                batch.forEach(request -> writeAppends(List.of(request)));
            } else {
                batch.get(0).result().completeExceptionally(e);
            }
            return;
        }
        long head = committed[0].head();
        int appended = committed[0].appended();
        span.setAttribute(APPENDED_EVENTS, appended);
        if (appended > 0) {
            span.setAttribute(FIRST_POSITION, head - appended + 1);
            span.setAttribute(LAST_POSITION, head);
        }
        span.end();
        topicVersions.committed(head, committedVersions);
        outcomes.forEach(GroupCommitWriter::complete);
        commitListeners.forEach(listener -> listener.committed(head));
    }

    /**
     * One span per transaction, the root of a trace of its own: it serves several appends, each in its own
     * trace, so it links to each of their spans instead of having one of them as its parent.
     */
    private Span commitSpan(List<AppendRequest> batch) {
        SpanBuilder span = tracing.tracer().spanBuilder("group commit").setNoParent()
                .setAttribute(APPENDS, batch.size())
                .setAttribute(EVENTS, batch.stream().mapToLong(request -> request.events().size()).sum());
        batch.forEach(request -> span.addLink(request.trace().span()));
        return span.startSpan();
    }

    @SuppressWarnings("unchecked")
    private static void complete(AppendRequest request, Object outcome) {
        if (outcome instanceof AppendRejectedException rejection) {
            request.result().completeExceptionally(rejection);
        } else {
            request.result().complete((List<Appended>) outcome);
        }
    }

    private Committed writeInTransaction(List<AppendRequest> batch, Map<AppendRequest, Object> outcomes,
                                         Map<String, Integer> committedVersions) {
        try (Connection connection = dataSource.getConnection()) {
            Set<String> eventIds = new HashSet<>();
            Set<String> topicIds = new HashSet<>();
            batch.forEach(request -> request.events().forEach(pending -> {
                eventIds.add(pending.event().id());
                topicIds.add(pending.event().topicId());
            }));
            EventLogStore.LockedHead locked = store.lockHeadAndFind(connection, eventIds);
            long head = locked.head();
            Map<String, Integer> versions = topicVersions.of(connection, store, head, topicIds);
            AppendPlanner planner = new AppendPlanner(head, locked.found(), versions,
                    Instant.now().truncatedTo(ChronoUnit.MICROS));
            for (AppendRequest request : batch) {
                try {
                    outcomes.put(request, planner.plan(request.events()));
                } catch (AppendRejectedException rejection) {
                    outcomes.put(request, rejection);
                }
            }
            List<LoggedEvent> planned = planner.planned();
            if (!planned.isEmpty()) {
                Map<TopicEvent, AppendTrace> traces = new IdentityHashMap<>();
                batch.forEach(request -> request.events().forEach(pending -> traces.put(pending.event(),
                        request.trace())));
                store.insert(connection, planned, traces);
                store.moveHead(connection, planner.head());
                for (AppendListener listener : listeners) {
                    listener.onAppend(planned);
                }
            }
            appendedEvents.increment(planned.size());
            duplicateEvents.increment(countDuplicates(outcomes));
            for (String topicId : topicIds) {
                committedVersions.put(topicId, planner.versions().getOrDefault(topicId, 0));
            }
            return new Committed(planner.head(), planned.size());
        } catch (java.sql.SQLException e) {
            throw Jdbc.failed("event log append", e);
        }
    }

    private static long countDuplicates(Map<AppendRequest, Object> outcomes) {
        return outcomes.values().stream().filter(List.class::isInstance)
                .flatMap(o -> ((List<?>) o).stream()).filter(a -> ((Appended) a).duplicate()).count();
    }

    /** The transaction rolled back what threw inside it, and wrapped it, an {@link Error} too: that one stays one. */
    private static void rethrowError(RuntimeException e) {
        if (e.getCause() instanceof Error error) {
            throw error;
        }
    }

    /** After a failure nothing cached may be trusted: the next batch reloads. */
    private void forgetCaches() {
        topicVersions.forget();
    }
}
