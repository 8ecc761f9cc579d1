package org.negotiationtracker.projection;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.jboss.logging.Logger;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.eventlog.EventCodec;
import org.negotiationtracker.eventlog.EventLogStore;
import org.negotiationtracker.logfollowing.SubscriptionCheckpoints;

/**
 * The first part of a rebuild, on a thread of its own beside the projector: it folds the whole log, as it stands
 * when the build starts, in memory and writes each row of the new generation once, then moves the generation's
 * checkpoint there; the projector folds what was appended meanwhile and swaps the generation in as for any other.
 * A log whose events do not fit in {@code tracker.projection.rebuild-events-in-memory} is folded and written by
 * ranges of topics, one after the other. Started over after a failure or by another replica, it writes the
 * generation again from nothing, as long as its checkpoint has not moved.
 */
final class GenerationBuild {

    private static final Logger LOG = Logger.getLogger(GenerationBuild.class);

    private final int generation;
    private final AgroalDataSource dataSource;
    private final EventLogStore log;
    private final EventCodec codec;
    private final SubscriptionCheckpoints checkpoints;
    private final ReadModelStore readModels;
    private final ProjectionConfig config;
    private final Runnable finished;
    private final Thread thread;
    /**
     * Decodes the log and encodes the rows: a thread per core, where the common pool leaves one for the caller, which
     * here only waits while the rows are written.
     */
    private final ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    private volatile boolean stopping;
    private volatile boolean done;
    private volatile RuntimeException failure;

    private GenerationBuild(int generation, AgroalDataSource dataSource, EventLogStore log, EventCodec codec,
                            SubscriptionCheckpoints checkpoints, ReadModelStore readModels, ProjectionConfig config,
                            Runnable finished) {
        this.generation = generation;
        this.dataSource = dataSource;
        this.log = log;
        this.codec = codec;
        this.checkpoints = checkpoints;
        this.readModels = readModels;
        this.config = config;
        this.finished = finished;
        this.thread = new Thread(this::run, "read-model-rebuild-" + generation);
        thread.setDaemon(true);
    }

    /**
     * Starts building {@code generation}; {@code finished} is told when it is done or has failed.
     */
    static GenerationBuild start(int generation, AgroalDataSource dataSource, EventLogStore log, EventCodec codec,
                                 SubscriptionCheckpoints checkpoints, ReadModelStore readModels,
                                 ProjectionConfig config, Runnable finished) {
        GenerationBuild build = new GenerationBuild(generation, dataSource, log, codec, checkpoints, readModels,
                config, finished);
        build.thread.start();
        return build;
    }

    int generation() {
        return generation;
    }

    /**
     * Whether the generation's rows are written and its checkpoint moved.
     *
     * @throws RuntimeException why the build failed, if it did
     */
    boolean done() {
        if (failure != null) {
            throw failure;
        }
        return done;
    }

    /** Asks the build to stop and waits up to {@code wait} for it: what it had not committed is rolled back. */
    void stop(Duration wait) throws InterruptedException {
        stopping = true;
        thread.join(wait.toMillis());
    }

    private void run() {
        try {
            build();
            done = true;
        } catch (RuntimeException e) {
            if (!stopping) {
                LOG.errorf(e, "the rebuild of read-model generation %d failed; it starts again", generation);
            }
            failure = e;
        } finally {
            pool.shutdown();
            finished.run();
        }
    }

    private void build() {
        long started = System.nanoTime();
        Plan plan = inTransaction(this::plan);
        if (plan == null) {
            return;
        }
        long events = 0;
        int topics = 0;
        int entries = 0;
        long foldNanos = 0;
        long writeNanos = 0;
        for (int range = 0; range < plan.ranges().size(); range++) {
            TopicRange topicRange = plan.ranges().get(range);
            boolean last = range == plan.ranges().size() - 1;
            long[] spent = new long[2];
            int[] written = inTransaction(connection -> {
                asynchronousCommit(connection);
                long foldStarted = System.nanoTime();
                WholeLogFold fold = new WholeLogFold(log, codec, readModels.policy(), pool, () -> stopping);
                Map<String, TopicProjection> projections = fold.fold(connection, plan.through(), topicRange);
                long writeStarted = System.nanoTime();
                int rows = readModels.insert(connection, generation, List.copyOf(projections.values()), pool);
                if (last && !checkpoints.advance(connection, GenerationStatus.checkpointName(generation), 0,
                        plan.through())) {
                    throw new IllegalStateException("the checkpoint of generation " + generation
                            + " moved meanwhile: another replica builds it now");
                }
                spent[0] = writeStarted - foldStarted;
                spent[1] = System.nanoTime() - writeStarted;
                return new int[] {(int) fold.events(), projections.size(), rows};
            });
            events += written[0];
            topics += written[1];
            entries += written[2];
            foldNanos += spent[0];
            writeNanos += spent[1];
        }
        LOG.infof("read-model generation %d built from %d events up to position %d in %d ms, %d range(s) of topics:"
                        + " read, decoded and folded in %d ms, %d topics and %d timeline entries written in %d ms",
                generation, events, plan.through(), (System.nanoTime() - started) / 1_000_000, plan.ranges().size(),
                foldNanos / 1_000_000, topics, entries, writeNanos / 1_000_000);
    }

    private record Plan(long through, List<TopicRange> ranges) {
    }

    /**
     * Where the build folds up to, and by which ranges of topics, once the rows of an earlier try are gone; null when
     * the generation's checkpoint has already moved: built.
     */
    private Plan plan(Connection connection) throws SQLException {
        long checkpoint = checkpoints.position(connection, GenerationStatus.checkpointName(generation))
                .orElseThrow(() -> new IllegalStateException("generation " + generation + " has no checkpoint"));
        if (checkpoint > 0) {
            return null;
        }
        for (String table : new String[] {"timeline_entry", "topic_state"}) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from " + table + " where generation = ?")) {
                delete.setInt(1, generation);
                delete.executeUpdate();
            }
        }
        long through = EventLogStore.head(connection);
        return new Plan(through, TopicRange.plan(connection, through, config.rebuildEventsInMemory()));
    }

    /** As for the projector's pages: a crash before the rows reach the disk only means building them again. */
    private void asynchronousCommit(Connection connection) throws SQLException {
        if (log.isPostgres(connection)) {
            try (Statement asynchronous = connection.createStatement()) {
                asynchronous.execute("set local synchronous_commit = off");
            }
        }
    }

    private <T> T inTransaction(Work<T> work) {
        return QuarkusTransaction.requiringNew().timeout((int) config.rebuildWait().toSeconds()).call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            }
        });
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
