package org.negotiationtracker.api;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a database that cannot be reached from any other failure, whichever layer wrapped it (the log's writer, a
 * read, Hibernate): the store is down, restarting or out of connections, which passes, rather than the service
 * being broken.
 */
final class StoreOutage {

    /** SQLState class 08: connection exception (refused, broken, lost), whatever the driver. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** PostgreSQL: terminated by an administrator (a restart), a crash of another backend, not accepting yet. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    /** Agroal's message when no connection could be had within the acquisition timeout; it sets no SQLState. */
    private static final String ACQUISITION_TIMEOUT = "acquisition timeout";
    /**
     * Agroal's message when a pooled connection cannot join the transaction. With one datasource that is a
     * connection the database dropped (H2 says so only in a log line, and the pool then discards the connection).
     */
    private static final String ENLIST_FAILED = "failed to enlist";

    private StoreOutage() {
    }

    /** The database failure among {@code failure}'s causes that says the store is unreachable, if there is one. */
    static Optional<SQLException> in(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && unreachable(sql)) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    private static boolean unreachable(SQLException e) {
        String state = e.getSQLState();
        String message = e.getMessage();
        return e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                || state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_GOING_AWAY.contains(state))
                || state == null && message != null && (message.toLowerCase().contains(ACQUISITION_TIMEOUT)
                        || message.toLowerCase().contains(ENLIST_FAILED));
    }
}
