package org.negotiationtracker.kafka;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Statement;
import org.negotiationtracker.eventlog.EventLogStore;
import org.negotiationtracker.eventlog.SubscriptionCheckpoints;
import org.negotiationtracker.jdbc.Jdbc;

/** The last log position Kafka has acknowledged: the relay's checkpoint among the log's subscriptions. */
@ApplicationScoped
class PublicationCheckpoint {

    private static final String NAME = "kafka-outbox";

    private final AgroalDataSource dataSource;
    private final EventLogStore store;
    private final SubscriptionCheckpoints checkpoints;

    PublicationCheckpoint(AgroalDataSource dataSource, EventLogStore store, SubscriptionCheckpoints checkpoints) {
        this.dataSource = dataSource;
        this.store = store;
        this.checkpoints = checkpoints;
    }

    long position() {
        return Jdbc.query(dataSource, "reading the Kafka publication checkpoint",
                connection -> checkpoints.position(connection, NAME).orElse(0));
    }

    /** Publishes the whole log again, into an events topic that has just been created empty. */
    void restart() {
        QuarkusTransaction.requiringNew().run(() -> Jdbc.update(dataSource,
                "resetting the Kafka publication checkpoint", connection -> checkpoints.reset(connection, NAME, 0)));
    }

    /**
     * Moves forward only: a publisher that lost its lease late must not pull the mark back. On PostgreSQL the
     * commit does not wait for its WAL flush: a mark lost in a crash only means sending those events again,
     * which at-least-once delivery allows, while waiting for a disk flush per page would pace the relay.
     */
    void advance(long position) {
        QuarkusTransaction.requiringNew().run(() -> Jdbc.update(dataSource, "storing the Kafka publication checkpoint",
                connection -> {
                    if (store.isPostgres(connection)) {
                        try (Statement asynchronous = connection.createStatement()) {
                            asynchronous.execute("set local synchronous_commit = off");
                        }
                    }
                    checkpoints.advanceTo(connection, NAME, position);
                }));
    }
}
