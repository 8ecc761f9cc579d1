package org.negotiationtracker.kafka;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The last log position Kafka has acknowledged, stored beside the log so it survives restarts and failovers. */
@ApplicationScoped
class PublicationCheckpoint {

    private static final String NAME = "outbox";

    private final AgroalDataSource dataSource;

    PublicationCheckpoint(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
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

    /** Moves forward only: a publisher that lost its lease late must not pull the mark back. */
    void advance(long position) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update kafka_publication set position = ? where name = ? and position < ?")) {
            update.setLong(1, position);
            update.setString(2, NAME);
            update.setLong(3, position);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("storing the Kafka publication checkpoint failed: " + e.getMessage(), e);
        }
    }
}
