package org.negotiationtracker.kafka;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The service with Kafka turned on, against a real broker, with short waits so faults show quickly. */
public class KafkaProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tracker.kafka.poll-interval", "200ms",
                "tracker.kafka.send-timeout", "10s",
                "tracker.kafka.partitions", "3");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KafkaBrokerResource.class));
    }
}
