package org.negotiationtracker.logfollowing;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;

/**
 * How far each named reader of the log (a projection generation, the Kafka relay) has read it, stored beside the
 * log so it survives restarts and moves to whichever replica takes over. On a connection the caller owns, so a
 * checkpoint commits with what the reader wrote for the events it passed.
 */
@ApplicationScoped
public class SubscriptionCheckpoints {

    public OptionalLong position(Connection connection, String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select position from subscription_checkpoint where name = ?")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /**
     * Moves a checkpoint from where its reader found it: false when another reader (a replica that took over)
     * moved it meanwhile, whose work then stands and this one's must roll back.
     */
    public boolean advance(Connection connection, String name, long from, long to) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update subscription_checkpoint set position = ? where name = ? and position = ?")) {
            update.setLong(1, to);
            update.setString(2, name);
            update.setLong(3, from);
            return update.executeUpdate() == 1;
        }
    }

    /** Moves a checkpoint forward only, for a reader whose work is idempotent: a late writer never pulls it back. */
    public void advanceTo(Connection connection, String name, long to) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update subscription_checkpoint set position = ? where name = ? and position < ?")) {
            update.setLong(1, to);
            update.setString(2, name);
            update.setLong(3, to);
            update.executeUpdate();
        }
    }

    /** Starts (or starts again) a reader at {@code position}. */
    public void reset(Connection connection, String name, long position) throws SQLException {
        remove(connection, name);
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into subscription_checkpoint (name, position) values (?, ?)")) {
            insert.setString(1, name);
            insert.setLong(2, position);
            insert.executeUpdate();
        }
    }

    public void remove(Connection connection, String name) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from subscription_checkpoint where name = ?")) {
            delete.setString(1, name);
            delete.executeUpdate();
        }
    }
}
