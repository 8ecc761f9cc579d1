package org.negotiationtracker.eventlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.domain.DiplomaticEvent;

/**
 * The writer locks the head and looks its events' ids up in one go ({@link EventLogStore#lockHeadAndFind}, one round
 * trip on PostgreSQL): the lookup must see what the transaction it waited for committed, or an event appended twice
 * at once through two replicas would be planned twice.
 */
@QuarkusTest
class LockedHeadLookupTest {

    private static final long BLOCKED_WAIT_MILLIS = 10_000;

    @Inject
    EventLogStore store;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theLookupThatWaitedForTheHeadSeesWhatTheHolderCommitted() throws Exception {
        String topic = newTopic("locked-lookup");
        String firstId = append(meeting(topic, "2019-01-14", "Sergey Lavrov")).statusCode(201)
                .extract().path("events[0].id");
        ExecutorService lookups = Executors.newSingleThreadExecutor();
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            long head = store.lockHead(holder);
            LoggedEvent first = store.findByIds(holder, List.of(firstId)).get(firstId);
            DiplomaticEvent late = ((DiplomaticEvent) first.event()).withId(firstId + "-late");
            store.insert(holder, List.of(new LoggedEvent(head + 1, first.topicVersion() + 1,
                    Instant.now().truncatedTo(ChronoUnit.MICROS), late)),
                    Map.of(late, new AppendTrace(SpanContext.getInvalid(), null, null)));
            store.moveHead(holder, head + 1);

            CompletableFuture<EventLogStore.LockedHead> waiting = CompletableFuture.supplyAsync(
                    () -> lockAndFind(Set.of(firstId, late.id())), lookups);
            awaitBlockedOnTheHead(waiting);
            holder.commit();

            EventLogStore.LockedHead locked = waiting.get(BLOCKED_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            assertEquals(head + 1, locked.head(), "the head the holder committed");
            assertEquals(Set.of(firstId, late.id()), locked.found().keySet(),
                    "the event the holder committed while the lookup waited is found");
            assertEquals(head + 1, locked.found().get(late.id()).position());
        } finally {
            lookups.shutdownNow();
        }
    }

    private EventLogStore.LockedHead lockAndFind(Set<String> ids) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                return store.lockHeadAndFind(connection, ids);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Until another session waits for a lock: the lookup, as nothing else of this test service takes one now. */
    private void awaitBlockedOnTheHead(CompletableFuture<?> waiting) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BLOCKED_WAIT_MILLIS);
        try (Connection observer = dataSource.getConnection()) {
            String sql = store.isPostgres(observer)
                    ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    + " and datname = current_database()"
                    : "select count(*) from information_schema.sessions where blocker_id is not null";
            while (System.nanoTime() < deadline) {
                assertTrue(!waiting.isDone(), "the lookup did not wait for the head lock");
                try (PreparedStatement blocked = observer.prepareStatement(sql);
                     ResultSet count = blocked.executeQuery()) {
                    if (count.next() && count.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(10);
            }
        }
        throw new AssertionError("the lookup never waited for the head lock");
    }
}
