package org.negotiationtracker.logfollowing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.lifecycle.BackgroundThreads;

/**
 * On PostgreSQL a commit of this instance is told twice, by its writer and by the head notification: the readers of
 * the log read once per new head, not once per telling. Without a database: the readers are scripted.
 */
class LogFollowingWakeUpTest {

    /** Long enough that a round within it was called by a wake-up, not by the poll. */
    private static final Duration IDLE_POLL = Duration.ofMinutes(1);

    private final BackgroundThreads threads = new BackgroundThreads();
    private final LogFollowing following = new LogFollowing(null, null, null, null, null, threads);
    private LogSubscription subscription;

    @AfterEach
    void stop() throws InterruptedException {
        subscription.stop(Duration.ofSeconds(5));
    }

    @Test
    void aHeadAlreadyToldWakesNoReaderAgain() throws InterruptedException {
        BlockingQueue<Integer> rounds = new LinkedBlockingQueue<>();
        AtomicInteger called = new AtomicInteger();
        AtomicInteger watched = new AtomicInteger();
        following.onHeadMoved(watched::incrementAndGet);
        subscription = following.subscribe("scripted", "scripted-reader", null, IDLE_POLL, Duration.ZERO);
        subscription.start(() -> {
            rounds.add(called.incrementAndGet());
            return false;
        });
        assertEquals(1, rounds.poll(5, TimeUnit.SECONDS), "a reader reads once as it starts");

        following.committed(5);
        assertEquals(2, rounds.poll(5, TimeUnit.SECONDS), "the writer's commit wakes it");
        following.committed(5);
        following.committed(4);
        assertNull(rounds.poll(300, TimeUnit.MILLISECONDS),
                "the notification of that commit, or of one before, finds it woken already");
        assertEquals(1, watched.get());

        following.committed(6);
        assertEquals(3, rounds.poll(5, TimeUnit.SECONDS), "a further head wakes it again");
        assertEquals(2, watched.get());
    }
}
