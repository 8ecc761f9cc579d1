package org.negotiationtracker.app;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bulk imports ({@code POST /api/events/import}). */
@ConfigMapping(prefix = "tracker.import")
public interface ImportConfig {

    /**
     * Lines read, checked (on every core) and committed together: each chunk is one transaction, holding the log head's lock while it writes (live
     * appends wait that long), and what a failure stops at; larger chunks write faster.
     */
    @WithDefault("2000")
    int chunkSize();

    /**
     * Largest import body sent chunked (without a {@code Content-Length}), gzip compressed as sent: the body streams
     * through in chunks, never whole in memory, so it may be far above {@code quarkus.http.limits.max-body-size},
     * which still bounds a body that declares its length.
     */
    @WithDefault("100G")
    MemorySize maxBodySize();
}
