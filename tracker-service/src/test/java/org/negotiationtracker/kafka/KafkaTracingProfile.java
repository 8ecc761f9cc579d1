package org.negotiationtracker.kafka;

import java.util.HashMap;
import java.util.Map;
import org.negotiationtracker.tracing.TracingProfile;

/** Kafka on, against a real broker, with tracing on. */
public class KafkaTracingProfile extends KafkaProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.putAll(TracingProfile.overrides());
        return overrides;
    }
}
