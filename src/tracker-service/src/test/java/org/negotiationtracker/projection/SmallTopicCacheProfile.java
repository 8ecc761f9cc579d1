package org.negotiationtracker.projection;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A projector that keeps topics of a few dozen reports in memory between pages, and folds a page by as many; its
 * pages are short, so an append of a few hundred events finds it behind, folding topic by topic a window at a time.
 */
public class SmallTopicCacheProfile implements QuarkusTestProfile {

    static final long CACHED_REPORTS = 30;
    static final int PAGE_EVENTS = 10;
    static final int CATCH_UP_EVENTS = 500;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tracker.projection.cached-reports", Long.toString(CACHED_REPORTS),
                "tracker.projection.page-events", Integer.toString(PAGE_EVENTS),
                "tracker.projection.catch-up-events", Integer.toString(CATCH_UP_EVENTS));
    }
}
