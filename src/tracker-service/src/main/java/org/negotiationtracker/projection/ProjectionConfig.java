package org.negotiationtracker.projection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How the read models follow the log. */
@ConfigMapping(prefix = "tracker.projection")
public interface ProjectionConfig {

    /**
     * Reports the topic projections kept in memory between pages may hold together (by the projector, and by the
     * live feed for its state messages), so a busy topic is not read back from the database for every page; least
     * recently used topics go first. A projection holds every report of its topic, so this, not the number of
     * topics, bounds the memory. Unset: as many as a quarter of the heap holds ({@link TopicCacheBound}). The
     * projector holds as many again at most while it folds a page.
     */
    Optional<Long> cachedReports();

    /** Events the projector folds and commits at a time while it follows the log. */
    @WithDefault("1000")
    int pageEvents();

    /**
     * Events the projector folds in one transaction once a page finds it behind the log: topic by topic, each topic
     * read back from its rows once for all its events among these rather than once a page, its events read from the
     * log a page at a time. More folds faster while the topics being appended to outgrow the cache
     * ({@link #cachedReports}) but commits, and so shows progress to reads, less often. No more than a page: never.
     */
    @WithDefault("50000")
    int catchUpEvents();

    /**
     * Events a rebuild folds at a time after it has built the new generation from the whole log: those appended
     * while it was building.
     */
    @WithDefault("10000")
    int rebuildPageEvents();

    /**
     * Events a rebuild holds folded in memory at once (about 1 KiB of heap each, the payloads of the reports): a
     * longer log is folded and written by ranges of topics, each read from the log on its own.
     */
    @WithDefault("400000")
    long rebuildEventsInMemory();

    /**
     * How long a read that asks for a position ({@code minPosition}, {@code Consistency-Position}) waits for the
     * projection to reach it before it answers 503.
     */
    @WithDefault("5s")
    Duration readWait();

    /** How long {@code POST /api/admin/projections/rebuild} waits for the new generation to take over. */
    @WithDefault("10m")
    Duration rebuildWait();
}
