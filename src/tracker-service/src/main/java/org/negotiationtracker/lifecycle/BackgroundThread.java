package org.negotiationtracker.lifecycle;

import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * One of the service's long-running daemon threads: started once, asked to stop at shutdown. One that ends
 * before it was asked to, whatever it threw, has died: it says so at ERROR with the cause, and
 * {@link #failure()} keeps the reason for the liveness check, since nothing starts it again but a restart.
 */
public final class BackgroundThread {

    /** The thread's work: runs until {@link BackgroundThread#isRunning()} turns false. */
    @FunctionalInterface
    public interface Work {
        void run() throws InterruptedException;
    }

    private static final Logger LOG = Logger.getLogger(BackgroundThread.class);

    private final String name;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile String failure;

    BackgroundThread(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void start(Work work) {
        if (thread != null) {
            throw new IllegalStateException(name + " was started already");
        }
        running = true;
        Thread started = new Thread(() -> runUntilStopped(work), name);
        started.setDaemon(true);
        thread = started;
        started.start();
    }

    /** False once stopping was asked for: the work's loops end on it. */
    public boolean isRunning() {
        return running;
    }

    /**
     * Asks the work to end, wakes it with {@code wakeUp} and waits up to {@code wait} for it (zero: not at all).
     */
    public void stop(Runnable wakeUp, Duration wait) throws InterruptedException {
        running = false;
        wakeUp.run();
        Thread current = thread;
        if (current != null && !wait.isZero() && !wait.isNegative()) {
            current.join(wait.toMillis());
        }
    }

    public boolean isAlive() {
        Thread current = thread;
        return current != null && current.isAlive();
    }

    /** Why the thread ended before it was asked to; null while it runs or after an orderly stop. */
    public String failure() {
        return failure;
    }

    private void runUntilStopped(Work work) {
        try {
            work.run();
            if (running) {
                died("its work ended", null);
            }
        } catch (InterruptedException e) {
            if (running) {
                died("interrupted", e);
            }
        } catch (Throwable e) {
            // Errors too: a thread that carried on after one could no longer be trusted, and one that is gone
            // must not look alive
            died(e.toString(), e);
        }
    }

    private void died(String reason, Throwable cause) {
        failure = reason;
        LOG.errorf(cause, "background thread %s died (%s); it stays down until the service restarts", name, reason);
    }
}
