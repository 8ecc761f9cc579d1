package org.negotiationtracker.app;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.negotiationtracker.eventlog.AppendRejectedException;
import org.negotiationtracker.eventlog.Appended;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.eventlog.LogUnavailableException;
import org.negotiationtracker.eventlog.PendingEvent;
import org.negotiationtracker.tracing.Tracing;

/**
 * The log's writes as the use cases make them: a refusal or a time-out of the log leaves as a problem.
 * Each append is a span, child of the request it serves (HTTP, or the trace an ingest record carried on).
 */
@ApplicationScoped
public class LogWrites {

    private static final AttributeKey<Long> EVENTS = AttributeKey.longKey("tracker.append.events");
    private static final AttributeKey<List<String>> TOPIC_IDS = AttributeKey.stringArrayKey("tracker.append.topic_ids");
    private static final AttributeKey<String> REFUSAL = AttributeKey.stringKey("tracker.append.refusal");

    private final EventLog log;
    private final boolean tracing;
    private final Tracer tracer;

    LogWrites(EventLog log, Tracing tracing) {
        this.log = log;
        this.tracing = tracing.on();
        this.tracer = tracing.tracer();
    }

    /** @throws AppendRefusedException when the log refuses the events; nothing was appended */
    public List<Appended> append(List<PendingEvent> events) {
        try {
            return EventLog.await(appendLater(events));
        } catch (LogUnavailableException interrupted) {
            // appendLater has made every other failure of the log a problem already
            throw ProblemException.logUnavailable(interrupted);
        }
    }

    /**
     * {@link #append} without holding the caller's thread while the log commits; it fails with what {@link #append}
     * throws.
     */
    CompletableFuture<List<Appended>> appendLater(List<PendingEvent> events) {
        if (!tracing) {
            return translated(log.appendLater(events));
        }
        Span span = tracer.spanBuilder("append")
                .setAttribute(EVENTS, (long) events.size())
                .setAttribute(TOPIC_IDS, events.stream().map(pending -> pending.event().topicId()).distinct().toList())
                .startSpan();
        CompletableFuture<List<Appended>> appended;
        // the writer takes the trace of the span current when the events are handed over
        try (Scope ignored = span.makeCurrent()) {
            appended = translated(log.appendLater(events));
        }
        appended.whenComplete((result, failure) -> {
            if (failure instanceof AppendRefusedException refused) {
                // the client's mistake, not a failure of the service
                span.setAttribute(REFUSAL, refused.refusal());
            } else if (failure != null) {
                span.recordException(failure);
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
        });
        return appended;
    }

    private static CompletableFuture<List<Appended>> translated(CompletableFuture<List<Appended>> appended) {
        CompletableFuture<List<Appended>> answer = new CompletableFuture<>();
        appended.whenComplete((result, failure) -> {
            if (failure == null) {
                answer.complete(result);
            } else if (failure instanceof AppendRejectedException rejected) {
                answer.completeExceptionally(new AppendRefusedException(rejected));
            } else if (failure instanceof LogUnavailableException unavailable) {
                answer.completeExceptionally(ProblemException.logUnavailable(unavailable));
            } else {
                answer.completeExceptionally(failure);
            }
        });
        return answer;
    }
}
