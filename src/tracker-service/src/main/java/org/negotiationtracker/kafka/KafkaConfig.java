package org.negotiationtracker.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Kafka is off until bootstrap servers are set; then the relay, the state topic and the ingest consumer run. */
@ConfigMapping(prefix = "tracker.kafka")
public interface KafkaConfig {

    /** host:port,...; empty (the default) leaves Kafka out entirely, so a single node needs no broker. */
    Optional<String> bootstrapServers();

    /** Where every appended event goes, as a CloudEvent keyed by its topic, so one topic's events stay in order. */
    @WithDefault("negotiation.events")
    String eventsTopic();

    /** The latest state of each topic; compacted, so a new consumer bootstraps from it without replaying. */
    @WithDefault("negotiation.state")
    String stateTopic();

    /** Events and articles other systems send in, appended exactly as if they came over HTTP. */
    @WithDefault("negotiation.ingest")
    String ingestTopic();

    /** Ingest records the log refused, with the reason, so one bad record does not stop the partition. */
    @WithDefault("negotiation.ingest.dlq")
    String deadLetterTopic();

    /** Partitions of the topics the service creates when they are missing: the most consumers that share one. */
    @WithDefault("3")
    int partitions();

    /** Replicas of each topic the service creates; more than 1 needs as many brokers. */
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

    /**
     * How often the relay looks at the log when no commit woke it, and retries after a failure; also how
     * soon a stand-by replica notices the publisher is gone.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long a send may wait for the broker before the relay gives up and retries from its checkpoint. */
    @WithDefault("30s")
    Duration sendTimeout();

    default boolean enabled() {
        return bootstrapServers().filter(servers -> !servers.isBlank()).isPresent();
    }
}
