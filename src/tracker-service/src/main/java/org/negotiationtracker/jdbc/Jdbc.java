package org.negotiationtracker.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The one way a failed SQL statement leaves the stores: unchecked, saying what was being done, with the
 * {@link SQLException} kept as the cause, because the problem mapper looks for it there to tell an unreachable
 * store (503) from the service's own fault (500).
 */
public final class Jdbc {

    /** Work on a connection that may fail with an {@link SQLException}. */
    @FunctionalInterface
    public interface Query<T> {
        T on(Connection connection) throws SQLException;
    }

    /** {@link Query} without a result. */
    @FunctionalInterface
    public interface Update {
        void on(Connection connection) throws SQLException;
    }

    private Jdbc() {
    }

    /**
     * Runs {@code query} on a connection of its own, closed afterwards.
     *
     * @param doing what the query does, for the message: "reading the event log"
     */
    public static <T> T query(DataSource dataSource, String doing, Query<T> query) {
        try (Connection connection = dataSource.getConnection()) {
            return query.on(connection);
        } catch (SQLException e) {
            throw failed(doing, e);
        }
    }

    /** {@link #query} for work that returns nothing. */
    public static void update(DataSource dataSource, String doing, Update update) {
        try (Connection connection = dataSource.getConnection()) {
            update.on(connection);
        } catch (SQLException e) {
            throw failed(doing, e);
        }
    }

    /** The unchecked form of {@code e}, for work that holds its connection itself. */
    public static IllegalStateException failed(String doing, SQLException e) {
        return new IllegalStateException(doing + " failed: " + e.getMessage(), e);
    }
}
