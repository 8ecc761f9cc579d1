package org.negotiationtracker.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's tracer and its trace-context propagation (W3C traceparent and tracestate, Quarkus' default
 * propagator), both no-ops while tracing is off: with {@code quarkus.otel.sdk.disabled} Quarkus still hands
 * out an SDK whose spans get ids and whose propagators write them, which would put ids of spans nobody
 * exports into the logs, the log's rows and the CloudEvents on Kafka.
 */
@ApplicationScoped
public class Tracing {

    private static final TextMapGetter<Map<String, String>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> headers) {
            return headers.keySet();
        }

        @Override
        public String get(Map<String, String> headers, String key) {
            return headers == null ? null : headers.get(key);
        }
    };

    private final boolean on;
    private final Tracer tracer;
    private final TextMapPropagator propagator;

    Tracing(OpenTelemetry telemetry, @ConfigProperty(name = TracingSwitch.SDK_DISABLED) boolean disabled) {
        this.on = !disabled;
        OpenTelemetry active = disabled ? OpenTelemetry.noop() : telemetry;
        this.tracer = active.getTracer("org.negotiationtracker");
        this.propagator = active.getPropagators().getTextMapPropagator();
    }

    /**
     * Whether spans are recorded. Off, a span of the no-op tracer is still made current through Quarkus' context
     * storage, which writes the (empty) trace ids into the logging context each time: a hot path skips it.
     */
    public boolean on() {
        return on;
    }

    public Tracer tracer() {
        return tracer;
    }

    /** The current trace context as headers ({@code traceparent}, {@code tracestate}); empty outside a trace. */
    public Map<String, String> currentContext() {
        Map<String, String> headers = new HashMap<>();
        propagator.inject(Context.current(), headers, Map::put);
        return headers;
    }

    /** The trace those headers continue; the root context without them, or when they are malformed. */
    public Context contextOf(Map<String, String> headers) {
        return propagator.extract(Context.root(), headers, HEADERS);
    }
}
