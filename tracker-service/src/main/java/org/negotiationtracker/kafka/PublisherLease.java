package org.negotiationtracker.kafka;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.logging.Logger;
import org.negotiationtracker.eventlog.EventLogStore;

/**
 * Leader election among replicas: the publisher is whoever holds a PostgreSQL session advisory lock,
 * on a connection kept open while it publishes. When that replica dies its session ends, the lock is
 * released, and the next replica that tries takes over. The embedded H2 database is one instance, which
 * always publishes.
 */
final class PublisherLease implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PublisherLease.class);
    /** Any fixed number all replicas agree on; this one spells "ntkafka1". */
    private static final long LOCK_KEY = 0x6e746b61666b6131L;
    private static final int VALIDATION_SECONDS = 2;

    private final AgroalDataSource dataSource;
    private final EventLogStore store;
    private Connection lockConnection;
    private boolean embedded;

    PublisherLease(AgroalDataSource dataSource, EventLogStore store) {
        this.dataSource = dataSource;
        this.store = store;
    }

    /** True while this instance is the publisher; tries to become it when it is not. */
    boolean held() {
        if (embedded) {
            return true;
        }
        try {
            if (lockConnection != null) {
                if (lockConnection.isValid(VALIDATION_SECONDS)) {
                    return true;
                }
                LOG.warn("lost the connection holding the Kafka publisher lock; standing down");
                abandon();
            }
            Connection connection = dataSource.getConnection();
            try {
                if (!store.isPostgres(connection)) {
                    embedded = true;
                } else if (tryLock(connection)) {
                    lockConnection = connection;
                    LOG.info("this instance is now the Kafka publisher");
                    return true;
                }
            } finally {
                if (lockConnection != connection) {
                    connection.close();
                }
            }
            return embedded;
        } catch (SQLException e) {
            abandon();
            return false;
        }
    }

    @Override
    public void close() {
        if (lockConnection != null) {
            try (PreparedStatement unlock = lockConnection.prepareStatement("select pg_advisory_unlock(?)")) {
                unlock.setLong(1, LOCK_KEY);
                unlock.execute();
            } catch (SQLException e) {
                LOG.debugf("releasing the publisher lock failed (%s); closing its connection ends it", e.getMessage());
            }
            closeQuietly();
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    /**
     * Discards the connection instead of pooling it, so a lock its session might still hold dies with it:
     * the pool marks an aborted connection to be destroyed when it is closed.
     */
    private void abandon() {
        if (lockConnection == null) {
            return;
        }
        try {
            lockConnection.abort(Runnable::run);
        } catch (SQLException e) {
            LOG.debugf("aborting the publisher lock connection: %s", e.getMessage());
        }
        closeQuietly();
    }

    private void closeQuietly() {
        if (lockConnection == null) {
            return;
        }
        try {
            lockConnection.close();
        } catch (SQLException e) {
            LOG.debugf("closing the publisher lock connection failed: %s", e.getMessage());
        }
        lockConnection = null;
    }
}
