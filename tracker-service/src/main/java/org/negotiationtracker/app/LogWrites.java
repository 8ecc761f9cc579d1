package org.negotiationtracker.app;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Supplier;
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
class LogWrites {

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
    List<Appended> append(List<PendingEvent> events) {
        if (!tracing) {
            return translated(() -> log.append(events));
        }
        Span span = tracer.spanBuilder("append")
                .setAttribute(EVENTS, (long) events.size())
                .setAttribute(TOPIC_IDS, events.stream().map(pending -> pending.event().topicId()).distinct().toList())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return translated(() -> log.append(events));
        } catch (AppendRefusedException e) {
            // the client's mistake, not a failure of the service
            span.setAttribute(REFUSAL, e.refusal());
            throw e;
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    private static <T> T translated(Supplier<T> write) {
        try {
            return write.get();
        } catch (AppendRejectedException e) {
            throw new AppendRefusedException(e);
        } catch (LogUnavailableException e) {
            throw ProblemException.logUnavailable(e);
        }
    }
}
