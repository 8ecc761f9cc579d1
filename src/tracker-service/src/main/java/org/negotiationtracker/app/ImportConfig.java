package org.negotiationtracker.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bulk imports ({@code POST /api/events/import}). */
@ConfigMapping(prefix = "tracker.import")
public interface ImportConfig {

    /**
     * Events committed together: each chunk is one transaction, holding the log head's lock while it writes (live
     * appends wait that long), and what a failure stops at; larger chunks write faster.
     */
    @WithDefault("2000")
    int chunkSize();
}
