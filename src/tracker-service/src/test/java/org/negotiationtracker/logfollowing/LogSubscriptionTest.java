package org.negotiationtracker.logfollowing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.lifecycle.BackgroundThreads;

/** The loop every reader of the log's tail runs in, without a database: readers are scripted here. */
class LogSubscriptionTest {

    /** Long enough that a round within it was called by a wake-up or by "more", not by the poll. */
    private static final Duration IDLE_POLL = Duration.ofMinutes(1);
    private static final Duration WAIT = Duration.ofSeconds(5);

    private final BackgroundThreads threads = new BackgroundThreads();
    private LogSubscription subscription;

    @AfterEach
    void stop() throws InterruptedException {
        if (subscription != null) {
            subscription.stop(WAIT);
        }
    }

    @Test
    void readsRoundAfterRoundWhileThereIsMoreThenSleepsUntilWoken() throws InterruptedException {
        BlockingQueue<Integer> rounds = new LinkedBlockingQueue<>();
        AtomicInteger called = new AtomicInteger();
        subscription = new LogSubscription("scripted", threads.create("scripted"), null, IDLE_POLL, Duration.ZERO);
        subscription.start(() -> {
            int round = called.incrementAndGet();
            rounds.add(round);
            return round < 3;
        });

        assertEquals(1, rounds.poll(5, TimeUnit.SECONDS));
        assertEquals(2, rounds.poll(5, TimeUnit.SECONDS));
        assertEquals(3, rounds.poll(5, TimeUnit.SECONDS));
        assertNull(rounds.poll(300, TimeUnit.MILLISECONDS), "caught up: it sleeps until a commit wakes it");

        subscription.wake();
        assertEquals(4, rounds.poll(5, TimeUnit.SECONDS));
    }

    @Test
    void theIdlePollReadsWithoutAWakeUp() throws InterruptedException {
        BlockingQueue<Long> rounds = new LinkedBlockingQueue<>();
        subscription = new LogSubscription("polling", threads.create("polling"), null, Duration.ofMillis(50),
                Duration.ZERO);
        subscription.start(() -> {
            rounds.add(System.nanoTime());
            return false;
        });

        for (int round = 0; round < 3; round++) {
            assertTrue(rounds.poll(5, TimeUnit.SECONDS) != null, "a notification can be lost: the poll reads anyway");
        }
    }

    @Test
    void aFailedRoundIsToldToTheReaderAndTheNextRoundFollows() throws InterruptedException {
        List<Exception> failures = new CopyOnWriteArrayList<>();
        BlockingQueue<Integer> rounds = new LinkedBlockingQueue<>();
        AtomicInteger called = new AtomicInteger();
        subscription = new LogSubscription("failing once", threads.create("failing"), null, IDLE_POLL,
                Duration.ofMillis(10));
        subscription.start(new LogSubscription.Reader() {
            @Override
            public boolean round() {
                int round = called.incrementAndGet();
                rounds.add(round);
                if (round == 1) {
                    throw new IllegalStateException("the database went away");
                }
                return false;
            }

            @Override
            public void failed(Exception failure) {
                failures.add(failure);
            }
        });

        assertEquals(1, rounds.poll(5, TimeUnit.SECONDS));
        subscription.wake();
        assertEquals(2, rounds.poll(5, TimeUnit.SECONDS));
        assertEquals(1, failures.size());
        assertEquals("the database went away", failures.get(0).getMessage());
        assertTrue(subscription.thread().isAlive(), "a failing round does not end the reader");
    }

    @Test
    void stoppingClosesTheReaderAndEndsTheThreadInOrder() throws InterruptedException {
        AtomicInteger closed = new AtomicInteger();
        subscription = new LogSubscription("closing", threads.create("closing"), null, IDLE_POLL, Duration.ZERO);
        subscription.start(new LogSubscription.Reader() {
            @Override
            public boolean round() {
                return false;
            }

            @Override
            public void closed() {
                closed.incrementAndGet();
            }
        });

        subscription.stop(WAIT);

        assertFalse(subscription.thread().isAlive());
        assertNull(subscription.thread().failure(), "an orderly stop is not a death");
        assertEquals(1, closed.get());
        subscription = null;
    }
}
