package org.negotiationtracker.projection;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.jboss.logging.Logger;
import org.negotiationtracker.eventlog.EventCodec;
import org.negotiationtracker.eventlog.EventLogStore;
import org.negotiationtracker.lifecycle.BackgroundThread;
import org.negotiationtracker.logfollowing.LeaderLease;
import org.negotiationtracker.logfollowing.LogFollowing;
import org.negotiationtracker.logfollowing.LogSubscription;
import org.negotiationtracker.logfollowing.SubscriptionCheckpoints;

/**
 * Keeps the read models in step with the log, after the appends commit: it follows the log from the active
 * generation's checkpoint, woken by every commit (of any replica), and folds whatever has arrived, a page per
 * transaction. While a rebuild runs, a {@link GenerationBuild} writes the new generation from the whole log in memory
 * on a thread of its own; the projector then folds what was appended meanwhile into it too, and makes it the active
 * one once it has caught up. One replica folds (the holder of the projector's {@link LeaderLease}); the others stand by.
 */
@ApplicationScoped
public class Projector {

    private static final Logger LOG = Logger.getLogger(Projector.class);
    /** Any fixed number all replicas agree on; this one spells "ntproj01". */
    private static final long LEASE_KEY = 0x6e7470726f6a3031L;
    private static final Duration IDLE_POLL = Duration.ofMillis(500);
    private static final Duration FAILURE_PAUSE = Duration.ofSeconds(1);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    /** A retired generation's rows outlive the swap by this much, for the reads that had just looked it up. */
    private static final long RETIREMENT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final AgroalDataSource dataSource;
    private final EventLogStore log;
    private final EventCodec codec;
    private final SubscriptionCheckpoints checkpoints;
    private final ReadModelStore readModels;
    private final GenerationLifecycle generations;
    private final ProjectionProgress progress;
    private final ProjectionConfig config;
    private final MeterRegistry registry;
    private final LogSubscription subscription;
    private final long cachedReportsBound;
    private final LongAdder topicReads = new LongAdder();
    private GenerationFold live;
    private GenerationFold rebuilding;
    /** The build of the generation being rebuilt, before {@link #rebuilding} folds what came after it. */
    private volatile GenerationBuild build;
    private long retiredAt;
    private volatile long folded;
    private volatile long cachedReports;

    Projector(AgroalDataSource dataSource, EventLogStore log, EventCodec codec, SubscriptionCheckpoints checkpoints,
              ReadModelStore readModels, GenerationLifecycle generations, ProjectionProgress progress,
              ProjectionConfig config, MeterRegistry registry, LogFollowing following) {
        this.dataSource = dataSource;
        this.log = log;
        this.codec = codec;
        this.checkpoints = checkpoints;
        this.readModels = readModels;
        this.generations = generations;
        this.progress = progress;
        this.config = config;
        this.registry = registry;
        this.cachedReportsBound = TopicCacheBound.of(config).reports();
        this.subscription = following.subscribe("folding the log into the read models", "projector",
                following.lease("projection of the read models", LEASE_KEY), IDLE_POLL, FAILURE_PAUSE);
    }

    void start(@Observes StartupEvent startup) {
        Gauge.builder("tracker.projection.position", this, projector -> projector.folded)
                .description("Last log position this instance's projector has folded into the read models")
                .register(registry);
        Gauge.builder("tracker.projection.cached-reports", this, projector -> projector.cachedReports)
                .description("Reports the topics the projector keeps in memory between pages hold"
                        + " (at most tracker.projection.cached-reports)")
                .register(registry);
        FunctionCounter.builder("tracker.projection.topic-reads", topicReads, LongAdder::sum)
                .description("Topics the projector read back from their read-model rows, not having them in memory"
                        + " (a topic's registration looks for its rows too)")
                .register(registry);
        subscription.start(new LogSubscription.Reader() {
            @Override
            public boolean round() {
                return Projector.this.round();
            }

            @Override
            public void failed(Exception failure) {
                // folded in memory ahead of what was stored: start again from the checkpoints
                live = null;
                rebuilding = null;
            }
        });
    }

    /**
     * Lets the page being folded commit or roll back before the datasource closes under it: a transaction cut
     * off there would keep its locks for as long as the database lives on (the embedded one of a test run).
     */
    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        subscription.stop(STOP_WAIT);
        GenerationBuild running = build;
        if (running != null) {
            running.stop(STOP_WAIT);
        }
    }

    /** Asks the projector to look at the generations now: a rebuild was requested. */
    void wake() {
        subscription.wake();
    }

    /** The thread that folds, for liveness: it must be alive, and says why when it is not. */
    public BackgroundThread thread() {
        return subscription.thread();
    }

    /** @return true when there is more to fold at once */
    private boolean round() {
        GenerationStatus current = inTransaction(GenerationStatus::current);
        live = follow(live, current.active(), true);
        int page = config.pageEvents();
        boolean more = live.step(page) >= page;
        folded = live.position();
        cachedReports = live.cachedReports();
        progress.advanced();
        if (current.rebuilding() == 0) {
            rebuilding = null;
            build = null;
            retireAfterGrace(current.active());
            return more;
        }
        if (!built(current.rebuilding())) {
            // the build wakes the projector when it is done
            return more;
        }
        rebuilding = follow(rebuilding, current.rebuilding(), false);
        int rebuildPage = config.rebuildPageEvents();
        if (rebuilding.step(rebuildPage) == rebuildPage || more || rebuilding.position() < live.position()) {
            return true;
        }
        swap();
        return false;
    }

    /**
     * Whether the generation being rebuilt has been built from the whole log, starting its build when none runs. A
     * failed build throws, and starts again on the next round.
     */
    private boolean built(int generation) {
        if (build == null || build.generation() != generation) {
            build = GenerationBuild.start(generation, dataSource, log, codec, checkpoints, readModels, config,
                    subscription::wake);
        }
        try {
            return build.done();
        } catch (RuntimeException failure) {
            build = null;
            throw failure;
        }
    }

    private GenerationFold follow(GenerationFold fold, int generation, boolean commitEveryPage) {
        if (fold != null && fold.generation() == generation) {
            return fold;
        }
        return new GenerationFold(generation, commitEveryPage, cachedReportsBound, config.catchUpEvents(), dataSource,
                log, codec, checkpoints, readModels, topicReads);
    }

    /** Both generations stand at the same place in the log: the new one takes over from the next read. */
    private void swap() {
        int retired = live.generation();
        int built = rebuilding.generation();
        inTransaction(connection -> {
            generations.swap(connection, retired, built);
            return null;
        });
        LOG.infof("read models rebuilt: generation %d replaced generation %d at position %d", built, retired,
                rebuilding.position());
        // the new generation is followed like the live one from now on, with a bounded cache
        live = null;
        rebuilding = null;
        build = null;
        retiredAt = System.nanoTime();
        progress.advanced();
    }

    private void retireAfterGrace(int active) {
        if (retiredAt != 0 && System.nanoTime() - retiredAt > RETIREMENT_NANOS) {
            inTransaction(connection -> {
                generations.deleteRowsExcept(connection, active);
                return null;
            });
            retiredAt = 0;
        }
    }

    private <T> T inTransaction(Work<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
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
