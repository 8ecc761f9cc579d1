package org.negotiationtracker.request;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds of the HTTP API, so that no single request can take the service's memory or time. */
@ConfigMapping(prefix = "tracker.api")
public interface ApiConfig {

    /**
     * Largest request body the append endpoints read; a larger one gets 413 before it is parsed, as a parsed
     * body takes several times its size in memory. It stays below {@code quarkus.http.limits.max-body-size}
     * so that the API, not the HTTP layer, answers, and with problem+json.
     */
    @WithDefault("1M")
    MemorySize maxBodySize();

    /** Largest {@code limit} of a log read: one page of events is built in memory before it is sent. */
    @WithDefault("1000")
    int maxReadLimit();
}
