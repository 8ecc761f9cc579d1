package org.negotiationtracker.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.negotiationtracker.eventlog.EventLogStore;
import org.negotiationtracker.projection.GenerationStatus;

/**
 * How far the read models trail the log while appends run: every few milliseconds it reads the log's head and the
 * active generation's checkpoint, and the lag at that moment is how long ago the head first passed the position
 * the read models stand at (0 when they stand at the head). Read from the database, as any replica would.
 */
final class ProjectionLag implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 5;

    private final Connection connection;
    private final Thread sampler;
    private final List<long[]> headMoves = new ArrayList<>();
    private final List<Long> lags = new ArrayList<>();
    private volatile boolean running = true;

    ProjectionLag(String jdbcUrl) throws Exception {
        connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
        sampler = new Thread(this::sample, "projection-lag");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        try {
            while (running) {
                long now = System.nanoTime();
                // the position first: the head read after it is never behind it
                long projected = GenerationStatus.current(connection).position();
                long head = EventLogStore.head(connection);
                if (headMoves.isEmpty() || headMoves.get(headMoves.size() - 1)[0] < head) {
                    headMoves.add(new long[] {head, now});
                }
                lags.add(projected >= head ? 0 : now - firstSampleBeyond(projected));
                Thread.sleep(SAMPLE_MILLIS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("sampling the projection lag failed", e);
        }
    }

    /** When the head was first seen past {@code position}. */
    private long firstSampleBeyond(long position) {
        int low = 0;
        int high = headMoves.size() - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (headMoves.get(middle)[0] > position) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return headMoves.get(low)[1];
    }

    /** The lags sampled so far, in nanoseconds. */
    Stats stop() throws InterruptedException {
        running = false;
        sampler.join();
        return new Stats(lags.stream().mapToLong(Long::longValue).toArray());
    }

    @Override
    public void close() throws Exception {
        running = false;
        sampler.join();
        connection.close();
    }
}
