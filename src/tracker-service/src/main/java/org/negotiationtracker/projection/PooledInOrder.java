package org.negotiationtracker.projection;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Supplier;

/**
 * Pieces of work done on a pool while the calling thread goes on, their results handed back to the calling thread in
 * the order the pieces were given, with at most a bounded number not yet handed back. The pieces go to the pool
 * itself, not through {@code CompletableFuture}, which given the common pool of two cores (parallelism 1) starts a
 * thread per piece instead.
 */
final class PooledInOrder<T> {

    /** What the calling thread does with each result. */
    @FunctionalInterface
    interface Sink<T> {
        void accept(T result) throws SQLException;
    }

    private final ForkJoinPool pool;
    private final int inFlight;
    private final Sink<T> sink;
    private final ArrayDeque<ForkJoinTask<T>> pending = new ArrayDeque<>();

    PooledInOrder(ForkJoinPool pool, int inFlight, Sink<T> sink) {
        this.pool = pool;
        this.inFlight = inFlight;
        this.sink = sink;
    }

    /** Hands a piece to the pool, first handing back the oldest result if as many are pending as allowed. */
    void add(Supplier<T> piece) throws SQLException {
        pending.add(pool.submit((Callable<T>) piece::get));
        if (pending.size() > inFlight) {
            handBackOldest();
        }
    }

    /** Hands back every result still pending. */
    void finish() throws SQLException {
        while (!pending.isEmpty()) {
            handBackOldest();
        }
    }

    private void handBackOldest() throws SQLException {
        sink.accept(pending.poll().join());
    }
}
