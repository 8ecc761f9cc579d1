package org.negotiationtracker.kafka;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.negotiationtracker.eventlog.EventLogStore;

/** The last log position Kafka has acknowledged, stored beside the log so it survives restarts and failovers. */
@ApplicationScoped
class PublicationCheckpoint {

    private static final String NAME = "outbox";

    private final AgroalDataSource dataSource;
    private final EventLogStore store;

    PublicationCheckpoint(AgroalDataSource dataSource, EventLogStore store) {
        this.dataSource = dataSource;
        this.store = store;
    }

    long position() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select position from kafka_publication where name = ?")) {
            select.setString(1, NAME);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the Kafka publication checkpoint failed: " + e.getMessage(), e);
        }
    }

    /** Publishes the whole log again, into an events topic that has just been created empty. */
    void restart() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update kafka_publication set position = 0 where name = ?")) {
            update.setString(1, NAME);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("resetting the Kafka publication checkpoint failed: " + e.getMessage(), e);
        }
    }

    /**
     * Moves forward only: a publisher that lost its lease late must not pull the mark back. On PostgreSQL the
     * commit does not wait for its WAL flush: a mark lost in a crash only means sending those events again,
     * which at-least-once delivery allows, while waiting for a disk flush per page would pace the relay.
     */
    void advance(long position) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement update = connection.prepareStatement(
                         "update kafka_publication set position = ? where name = ? and position < ?")) {
                if (store.isPostgres(connection)) {
                    try (Statement asynchronous = connection.createStatement()) {
                        asynchronous.execute("set local synchronous_commit = off");
                    }
                }
                update.setLong(1, position);
                update.setString(2, NAME);
                update.setLong(3, position);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("storing the Kafka publication checkpoint failed: " + e.getMessage(), e);
            }
        });
    }
}
