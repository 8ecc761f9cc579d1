package org.negotiationtracker.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import org.negotiationtracker.logfollowing.Checkpoint;
import org.negotiationtracker.logfollowing.LogFollowing;

/** The last log position Kafka has acknowledged: the relay's checkpoint among the log's subscriptions. */
@ApplicationScoped
class PublicationCheckpoint {

    private final Checkpoint checkpoint;

    PublicationCheckpoint(LogFollowing log) {
        this.checkpoint = log.checkpoint("kafka-outbox");
    }

    long position() {
        return checkpoint.position().orElse(0);
    }

    /** Publishes the whole log again, into an events topic that has just been created empty. */
    void restart() {
        checkpoint.restartAt(0);
    }

    /**
     * Moves forward only, so a publisher that lost its lease late does not pull the mark back, and without waiting
     * for a disk flush: a mark lost in a crash only means sending those events again, which at-least-once delivery
     * allows.
     */
    void advance(long position) {
        checkpoint.advanceTo(position);
    }
}
