package org.negotiationtracker.logfollowing;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.logging.Logger;
import org.negotiationtracker.eventlog.EventLogStore;

/**
 * Leader election among replicas for one kind of work (publishing to Kafka, folding the projections): the leader
 * is whoever holds a PostgreSQL session advisory lock, on a connection kept open while it works. When that
 * replica dies its session ends, the lock is released, and the next replica that tries takes over. The embedded
 * H2 database is one instance, which always leads.
 */
public final class LeaderLease implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LeaderLease.class);
    private static final int VALIDATION_SECONDS = 2;
    /**
     * A leader checks its lock connection at most this often: a folding projector asks before every page, and a
     * round trip each time would cost more than the page. Work done in between by a leader that lost its lock is
     * refused by the checkpoint it cannot move (see {@link SubscriptionCheckpoints#advance}).
     */
    private static final long VALIDATION_INTERVAL_NANOS = 1_000_000_000L;

    private final AgroalDataSource dataSource;
    private final EventLogStore store;
    private final String work;
    private final long lockKey;
    private Connection lockConnection;
    private boolean embedded;
    private long validatedAt;

    /**
     * @param work what the leader does, for the log; also the lock's identity
     * @param lockKey the advisory lock's key, which every replica must use for this work and no other work may
     */
    LeaderLease(AgroalDataSource dataSource, EventLogStore store, String work, long lockKey) {
        this.dataSource = dataSource;
        this.store = store;
        this.work = work;
        this.lockKey = lockKey;
    }

    /** True while this instance leads; tries to become the leader when it is not. */
    public boolean held() {
        if (embedded) {
            return true;
        }
        try {
            if (lockConnection != null) {
                if (System.nanoTime() - validatedAt < VALIDATION_INTERVAL_NANOS) {
                    return true;
                }
                if (lockConnection.isValid(VALIDATION_SECONDS)) {
                    validatedAt = System.nanoTime();
                    return true;
                }
                LOG.warnf("lost the connection holding the %s lock; standing down", work);
                abandon();
            }
            Connection connection = dataSource.getConnection();
            try {
                if (!store.isPostgres(connection)) {
                    embedded = true;
                } else if (tryLock(connection)) {
                    lockConnection = connection;
                    validatedAt = System.nanoTime();
                    LOG.infof("this instance now leads: %s", work);
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
                unlock.setLong(1, lockKey);
                unlock.execute();
            } catch (SQLException e) {
                LOG.debugf("releasing the %s lock failed (%s); closing its connection ends it", work, e.getMessage());
            }
            closeQuietly();
        }
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, lockKey);
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
            LOG.debugf("aborting the %s lock connection: %s", work, e.getMessage());
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
            LOG.debugf("closing the %s lock connection failed: %s", work, e.getMessage());
        }
        lockConnection = null;
    }
}
