package org.negotiationtracker.projection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The read models' in-memory side. */
@ConfigMapping(prefix = "tracker.projection")
public interface ProjectionConfig {

    /**
     * Topic projections kept in memory between appends (by the writer, and by the live feed for its state
     * messages), so a busy topic is not read back from the database on every append; least recently used
     * ones go first.
     */
    @WithDefault("1000")
    int cachedTopics();
}
