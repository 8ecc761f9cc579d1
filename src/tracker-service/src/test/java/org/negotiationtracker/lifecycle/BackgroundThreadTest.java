package org.negotiationtracker.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundThreadTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final BackgroundThreads threads = new BackgroundThreads();

    @Test
    void anOrderlyStopIsNoDeath() throws InterruptedException {
        BackgroundThread thread = threads.create("orderly");
        CountDownLatch wakeUp = new CountDownLatch(1);
        thread.start(() -> {
            while (thread.isRunning()) {
                wakeUp.await(1, TimeUnit.MINUTES);
            }
        });

        assertTrue(thread.isAlive());
        thread.stop(wakeUp::countDown, WAIT);

        assertFalse(thread.isAlive());
        assertNull(thread.failure());
    }

    @Test
    void anErrorKillsTheThreadAndIsKeptAsTheReason() throws InterruptedException {
        BackgroundThread thread = threads.create("doomed");
        thread.start(() -> {
            throw new StackOverflowError("planted");
        });

        awaitEnd(thread);

        assertEquals("java.lang.StackOverflowError: planted", thread.failure());
        assertEquals(java.util.List.of(thread), threads.all());
    }

    @Test
    void workThatEndsWhileItShouldRunHasDied() throws InterruptedException {
        BackgroundThread thread = threads.create("quitter");
        thread.start(() -> { });

        awaitEnd(thread);

        assertEquals("its work ended", thread.failure());
    }

    private static void awaitEnd(BackgroundThread thread) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (thread.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertFalse(thread.isAlive());
    }
}
