package org.negotiationtracker.kafka;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts one real KRaft broker for the service under test and points the service at it. */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KafkaBroker broker;

    /** The running broker, for tests that read its topics or stop and restart it. */
    public static KafkaBroker broker() {
        return broker;
    }

    @Override
    public Map<String, String> start() {
        try {
            broker = KafkaBroker.start();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the test Kafka broker", e);
        }
        return Map.of("tracker.kafka.bootstrap-servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        try {
            broker.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
