package org.negotiationtracker.projection;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A rebuild that holds a few dozen events in memory at once, so any log of a test is rebuilt by ranges of topics. */
public class SmallRebuildMemoryProfile implements QuarkusTestProfile {

    static final long EVENTS_IN_MEMORY = 40;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tracker.projection.rebuild-events-in-memory", Long.toString(EVENTS_IN_MEMORY));
    }
}
