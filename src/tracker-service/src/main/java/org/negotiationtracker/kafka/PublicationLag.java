package org.negotiationtracker.kafka;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.negotiationtracker.logfollowing.LogFollowing;

/** How far Kafka is behind the log: the log head minus the last position Kafka acknowledged. */
@ApplicationScoped
class PublicationLag {

    private final LogFollowing log;
    private final PublicationCheckpoint checkpoint;
    private final KafkaConfig settings;
    private final MeterRegistry registry;

    PublicationLag(LogFollowing log, PublicationCheckpoint checkpoint, KafkaConfig settings, MeterRegistry registry) {
        this.log = log;
        this.checkpoint = checkpoint;
        this.settings = settings;
        this.registry = registry;
    }

    void register(@Observes StartupEvent startup) {
        if (settings.enabled()) {
            Gauge.builder("tracker.kafka.publication.lag", this, lag -> lag.events())
                    .description("Log events not yet acknowledged by Kafka (log head minus published position)")
                    .register(registry);
        }
    }

    long publishedPosition() {
        return checkpoint.position();
    }

    /** Read from the database, so every replica reports the same lag whichever one publishes. */
    long events() {
        return log.head() - checkpoint.position();
    }
}
