package org.negotiationtracker.stream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The live Server-Sent Event streams. */
@ConfigMapping(prefix = "tracker.stream")
public interface StreamConfig {

    /** Interval of the comment sent on an idle stream, so proxies and load balancers keep it open. */
    @WithDefault("15s")
    Duration heartbeat();

    /** The {@code retry:} hint: how long a client waits before reconnecting, so a restart is not stormed. */
    @WithDefault("3s")
    Duration reconnectDelay();

    /**
     * Recent events kept in memory and shared by all live subscribers; a subscriber further behind reads
     * the log itself, so a slow client costs its own reads and not everyone's memory.
     */
    @WithDefault("10000")
    int windowEvents();

    /**
     * How often the feed looks at the log when no commit (here, or from another replica through NOTIFY)
     * woke it: a safety net, not the normal path.
     */
    @WithDefault("1s")
    Duration pollInterval();
}
