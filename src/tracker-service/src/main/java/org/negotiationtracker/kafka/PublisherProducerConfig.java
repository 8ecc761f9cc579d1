package org.negotiationtracker.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * How the service's producers send, in one plain class so that the benchmark's raw producer is compared
 * with the relay on exactly these settings. Durable and ordered: every in-sync replica acknowledges, and
 * idempotence keeps retries from duplicating or reordering records within a partition.
 */
public final class PublisherProducerConfig {

    private PublisherProducerConfig() {
    }

    /** {@code sendTimeout} bounds how long a record may wait for the broker before its send fails. */
    public static Map<String, Object> of(Duration sendTimeout) {
        int timeout = (int) sendTimeout.toMillis();
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // A request carries one batch per partition, at most five requests in flight: with the default
        // 16 KiB batches a page whose events all belong to one topic (one partition) trickles out at
        // 80 KiB per round trip. Larger batches change nothing when traffic is light (linger decides then).
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(timeout / 2, 30_000));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(timeout / 2, 30_000));
        return config;
    }
}
