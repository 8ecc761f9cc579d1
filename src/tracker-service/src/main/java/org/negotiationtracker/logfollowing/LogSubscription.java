package org.negotiationtracker.logfollowing;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.negotiationtracker.lifecycle.BackgroundThread;

/**
 * How every reader of the log's tail follows it (the projector, the Kafka relay, the live feed): on a thread of its
 * own, one round after another while a round finds more, then asleep until a commit of any replica wakes it
 * ({@link #wake}, from {@link LogFollowing}) or the idle poll comes round, which covers a lost
 * notification. Each reader keeps its own position: stored in {@link SubscriptionCheckpoints} when it must survive a
 * restart, in memory when it starts at the head. With a {@link LeaderLease}, only the replica holding it reads;
 * the others stand by and try again at every wake-up. A failing round is logged, told to the reader, which drops
 * what it had not stored, and tried again after a pause from where its position stands.
 */
public final class LogSubscription {

    /** One reader of the log. */
    public interface Reader {

        /**
         * Reads and handles what follows the reader's position, a page or a few.
         *
         * @return true when more is waiting at once
         */
        boolean round() throws Exception;

        /** A round threw: whatever it held that is not stored is to be forgotten. */
        default void failed(Exception failure) {
        }

        /** The thread ends (at shutdown): release what the reader holds. */
        default void closed() {
        }
    }

    private static final Logger LOG = Logger.getLogger(LogSubscription.class);

    private final String name;
    private final BackgroundThread thread;
    private final LeaderLease lease;
    private final Duration idlePoll;
    private final Duration failurePause;
    private final Semaphore wakeUps = new Semaphore(0);

    /**
     * @param name what the reader does, for the log
     * @param lease null when every replica reads (the live feed serves this replica's subscribers)
     */
    public LogSubscription(String name, BackgroundThread thread, LeaderLease lease, Duration idlePoll,
                           Duration failurePause) {
        this.name = name;
        this.thread = thread;
        this.lease = lease;
        this.idlePoll = idlePoll;
        this.failurePause = failurePause;
    }

    public void start(Reader reader) {
        thread.start(() -> follow(reader));
    }

    /** A commit moved the head, or something else calls for a look now. */
    public void wake() {
        wakeUps.release();
    }

    public void stop(Duration wait) throws InterruptedException {
        thread.stop(this::wake, wait);
    }

    public BackgroundThread thread() {
        return thread;
    }

    private void follow(Reader reader) throws InterruptedException {
        try {
            while (thread.isRunning()) {
                boolean more = false;
                try {
                    more = (lease == null || lease.held()) && reader.round();
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception e) {
                    LOG.warnf("%s failed (%s); retrying from where it stands", name, e);
                    LOG.debugf(e, "%s failed", name);
                    reader.failed(e);
                    Thread.sleep(failurePause.toMillis());
                }
                if (!more) {
                    wakeUps.tryAcquire(idlePoll.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            }
        } finally {
            reader.closed();
            if (lease != null) {
                lease.close();
            }
        }
    }
}
