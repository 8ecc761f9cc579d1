package org.negotiationtracker.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Kafka is off until bootstrap servers are set; then the relay, the state topic and the ingest consumer run. */
@ConfigMapping(prefix = "tracker.kafka")
public interface KafkaSettings {

    /** host:port,...; empty (the default) leaves Kafka out entirely. */
    Optional<String> bootstrapServers();

    @WithDefault("negotiation.events")
    String eventsTopic();

    @WithDefault("negotiation.state")
    String stateTopic();

    @WithDefault("negotiation.ingest")
    String ingestTopic();

    @WithDefault("negotiation.ingest.dlq")
    String deadLetterTopic();

    /** Partitions of the topics the service creates when they are missing. */
    @WithDefault("3")
    int partitions();

    @WithDefault("1")
    short replicationFactor();

    /** The CloudEvents {@code source} prefix; each event's source is this plus "/topics/{topicId}". */
    @WithDefault("/negotiation-tracker")
    URI source();

    /** Consumer group of the ingest consumers: replicas share the ingest topic's partitions. */
    @WithDefault("negotiation-tracker-ingest")
    String ingestGroup();

    /**
     * Most log events in one page the relay reads and sends; a few pages are in flight at once. Each page
     * also carries the state of every topic it touches, so larger pages send fewer states per event.
     */
    @WithDefault("5000")
    int publishBatch();

    /** How often the relay looks at the log when no commit woke it, and retries after a failure. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long a send may wait for the broker before the relay gives up and retries from its checkpoint. */
    @WithDefault("30s")
    Duration sendTimeout();

    default boolean enabled() {
        return bootstrapServers().filter(servers -> !servers.isBlank()).isPresent();
    }
}
