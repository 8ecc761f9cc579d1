package org.negotiationtracker.eventlog;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The group commit of the log's single writer. */
@ConfigMapping(prefix = "tracker.event-log")
public interface EventLogConfig {

    /**
     * Most events one group commit writes: appends that waited together share one transaction, which is
     * what makes many small appends cheap, but one transaction must not grow without bound.
     */
    @WithDefault("2000")
    int maxBatchEvents();

    /**
     * How long an append waits for its commit before answering 503, so a stalled database does not pile up
     * requests; the append may still land, and a retry with the same event ids is safe.
     */
    @WithDefault("30s")
    Duration appendTimeout();
}
