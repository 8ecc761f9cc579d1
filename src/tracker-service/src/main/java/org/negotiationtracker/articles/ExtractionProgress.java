package org.negotiationtracker.articles;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.negotiationtracker.logfollowing.Checkpoint;
import org.negotiationtracker.logfollowing.LogFollowing;

/**
 * How far the extractor has read the log, wherever it runs: every article at or before its checkpoint has its events
 * in the log (or had none to extract). A request that waits for an article's events is woken by every commit (the
 * extractor's append of those events, from any replica) and by this instance's extractor when it moves its
 * checkpoint; an extractor elsewhere moves it without a notification, which a short poll covers (an article that
 * yields no event is the only one that has to wait for it).
 */
@ApplicationScoped
public class ExtractionProgress {

    /** The extractor's row among the log's subscriptions (created by the V9 migration). */
    public static final String CHECKPOINT = "article-extraction";
    private static final long POLL_MILLIS = 100;

    private final Checkpoint checkpoint;
    private final Object moved = new Object();

    ExtractionProgress(LogFollowing log) {
        this.checkpoint = log.checkpoint(CHECKPOINT);
        log.onHeadMoved(this::wakeWaiters);
    }

    /** The last log position the extractor is done with. */
    public long position() {
        return checkpoint.position().orElse(0);
    }

    /**
     * Looks again at every wake-up until {@code done} accepts what {@code look} sees or {@code wait} is over.
     *
     * @return the last look, accepted or not
     */
    public <T> T await(Supplier<T> look, Predicate<T> done, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        T now = look.get();
        while (!done.test(now)) {
            long remaining = (deadline - System.nanoTime()) / 1_000_000;
            if (remaining <= 0) {
                return now;
            }
            synchronized (moved) {
                moved.wait(Math.min(remaining, POLL_MILLIS));
            }
            now = look.get();
        }
        return now;
    }

    /** This instance's extractor moved its checkpoint. */
    public void advanced() {
        wakeWaiters();
    }

    private void wakeWaiters() {
        synchronized (moved) {
            moved.notifyAll();
        }
    }
}
