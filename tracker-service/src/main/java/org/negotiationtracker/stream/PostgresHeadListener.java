package org.negotiationtracker.stream;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.negotiationtracker.eventlog.EventLogStore;
import org.negotiationtracker.lifecycle.BackgroundThread;
import org.negotiationtracker.lifecycle.BackgroundThreads;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on PostgreSQL for the head notifications every replica's commits send, so an event appended
 * through another replica reaches this one's subscribers in milliseconds. On H2 (one embedded instance)
 * there is no other writer, and local commits wake the feed directly.
 */
@ApplicationScoped
class PostgresHeadListener {

    private static final Logger LOG = Logger.getLogger(PostgresHeadListener.class);
    private static final int WAIT_MILLIS = 1000;

    private final AgroalDataSource dataSource;
    private final EventLogStore store;
    private final LogFeed feed;
    private final BackgroundThreads threads;
    private BackgroundThread thread;

    PostgresHeadListener(AgroalDataSource dataSource, EventLogStore store, LogFeed feed, BackgroundThreads threads) {
        this.dataSource = dataSource;
        this.store = store;
        this.feed = feed;
        this.threads = threads;
    }

    void start(@Observes StartupEvent startup) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!store.isPostgres(connection)) {
                return;
            }
        }
        thread = threads.create("log-head-listener");
        thread.start(this::listen);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (thread != null) {
            thread.stop(() -> { }, Duration.ZERO);
        }
    }

    private void listen() throws InterruptedException {
        while (thread.isRunning()) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + EventLogStore.HEAD_CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                feed.wake();
                while (thread.isRunning()) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        feed.wake();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("listening for log notifications failed (%s); the feed polls meanwhile", e.getMessage());
                Thread.sleep(WAIT_MILLIS);
            }
        }
    }
}
