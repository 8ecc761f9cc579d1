package org.negotiationtracker.projection;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.jdbc.Jdbc;

/**
 * How far the read models answering reads have folded the log, and waiting for them to reach a position: a client
 * that appended, and got its position back, reads its own writes by asking for it. The position is read from the
 * database, so it is true whichever replica folds; the projector of this replica wakes the waiters at once, a
 * projector elsewhere within a poll.
 */
@ApplicationScoped
public class ProjectionProgress {

    private static final long POLL_MILLIS = 20;

    private final AgroalDataSource dataSource;
    private final EventLog log;
    private final Object folded = new Object();

    ProjectionProgress(AgroalDataSource dataSource, EventLog log) {
        this.dataSource = dataSource;
        this.log = log;
    }

    /** The generation that answers reads and how far it has folded the log. */
    public record Projected(int generation, long position) {
    }

    public Projected current() {
        GenerationStatus current = Jdbc.query(dataSource, "reading the projection's position",
                GenerationStatus::current);
        return new Projected(current.active(), current.position());
    }

    /**
     * The read models once they have folded the log up to {@code position}, waiting at most {@code wait}.
     *
     * @throws PositionBeyondHeadException when the log has no such position yet
     * @throws ProjectionBehindException when the read models did not get there in time
     */
    public Projected reached(long position, Duration wait) throws InterruptedException {
        Projected now = current();
        if (now.position() >= position) {
            return now;
        }
        long head = log.head();
        if (position > head) {
            throw new PositionBeyondHeadException(position, head);
        }
        return await(projected -> projected.position() >= position, wait,
                last -> new ProjectionBehindException(position, last.position(), wait));
    }

    /** Waits until the read models are as {@code done} wants them; {@code timedOut} says why not, in time. */
    Projected await(Predicate<Projected> done, Duration wait, Function<Projected, RuntimeException> timedOut)
            throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        Projected now = current();
        while (!done.test(now)) {
            long remaining = (deadline - System.nanoTime()) / 1_000_000;
            if (remaining <= 0) {
                throw timedOut.apply(now);
            }
            synchronized (folded) {
                folded.wait(Math.min(remaining, POLL_MILLIS));
            }
            now = current();
        }
        return now;
    }

    /** The projector of this replica committed a page. */
    void advanced() {
        synchronized (folded) {
            folded.notifyAll();
        }
    }
}
