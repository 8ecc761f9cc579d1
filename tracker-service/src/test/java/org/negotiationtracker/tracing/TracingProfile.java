package org.negotiationtracker.tracing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * Tracing on, as an operator turns it on: an OTLP endpoint is configured. Its exporter is left out of the
 * build (no collector listens there); the spans go to {@link InMemorySpans} instead.
 */
public class TracingProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return overrides();
    }

    /** The settings that turn tracing on, for profiles that add their own (the Kafka one). */
    public static Map<String, String> overrides() {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("quarkus.otel.exporter.otlp.endpoint", "http://collector.invalid:4317");
        overrides.put("quarkus.otel.exporter.otlp.enabled", "false");
        overrides.put("quarkus.otel.bsp.schedule.delay", "50ms");
        return overrides;
    }
}
