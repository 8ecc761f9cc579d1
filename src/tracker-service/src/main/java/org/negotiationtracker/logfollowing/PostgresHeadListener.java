package org.negotiationtracker.logfollowing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import org.negotiationtracker.eventlog.CommitListener;
import org.negotiationtracker.eventlog.EventLogStore;
import org.negotiationtracker.lifecycle.BackgroundThread;
import org.negotiationtracker.lifecycle.BackgroundThreads;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on PostgreSQL for the head notifications every replica's commits send, and tells this instance's
 * {@link CommitListener}s, so an event appended through another replica reaches this one's subscribers and
 * projector in milliseconds. On H2 (one embedded instance) there is no other writer: local commits tell them.
 */
@ApplicationScoped
class PostgresHeadListener {

    private static final Logger LOG = Logger.getLogger(PostgresHeadListener.class);
    private static final int WAIT_MILLIS = 1000;

    private final AgroalDataSource dataSource;
    private final EventLogStore store;
    private final Instance<CommitListener> listeners;
    private final BackgroundThreads threads;
    private BackgroundThread thread;

    PostgresHeadListener(AgroalDataSource dataSource, EventLogStore store, Instance<CommitListener> listeners,
                         BackgroundThreads threads) {
        this.dataSource = dataSource;
        this.store = store;
        this.listeners = listeners;
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
        List<CommitListener> told = listeners.stream().toList();
        while (thread.isRunning()) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + EventLogStore.HEAD_CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                // commits made while nobody listened are caught up with now
                long head = EventLogStore.head(connection);
                told.forEach(listener -> listener.committed(head));
                while (thread.isRunning()) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        long moved = Long.parseLong(notifications[notifications.length - 1].getParameter());
                        told.forEach(listener -> listener.committed(moved));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("listening for log notifications failed (%s); readers of the log poll meanwhile",
                        e.getMessage());
                Thread.sleep(WAIT_MILLIS);
            }
        }
    }
}
