package org.negotiationtracker.projection;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A projector that keeps topics of a few dozen reports in memory between pages, and folds a page by as many. */
public class SmallTopicCacheProfile implements QuarkusTestProfile {

    static final long CACHED_REPORTS = 30;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tracker.projection.cached-reports", Long.toString(CACHED_REPORTS));
    }
}
