package org.negotiationtracker.tracing;

import java.util.HashMap;
import java.util.Map;
import org.negotiationtracker.kafka.KafkaProfile;

/**
 * Tracing on, as an operator turns it on: an OTLP endpoint is configured. Its exporter is left out of the
 * build (no collector listens there); the spans go to {@link InMemorySpans} instead. Kafka is on too, so that the
 * HTTP and the Kafka tracing tests share one application: a profile of its own is one more start of the service
 * per test run.
 */
public class TracingProfile extends KafkaProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("quarkus.otel.exporter.otlp.endpoint", "http://collector.invalid:4317");
        overrides.put("quarkus.otel.exporter.otlp.enabled", "false");
        overrides.put("quarkus.otel.bsp.schedule.delay", "50ms");
        return overrides;
    }
}
