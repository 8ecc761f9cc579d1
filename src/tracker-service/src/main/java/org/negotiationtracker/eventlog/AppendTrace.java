package org.negotiationtracker.eventlog;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Map;
import org.negotiationtracker.tracing.Tracing;

/**
 * The span an append was made in: the group commit links to it, and its W3C trace context (traceparent,
 * tracestate) is stored with the events so that their publication continues the trace. Outside a trace,
 * or with tracing off, there is none and nothing is stored.
 */
record AppendTrace(SpanContext span, String traceParent, String traceState) {

    static AppendTrace current(Tracing tracing) {
        Map<String, String> headers = tracing.currentContext();
        return new AppendTrace(Span.current().getSpanContext(), headers.get("traceparent"), headers.get("tracestate"));
    }
}
