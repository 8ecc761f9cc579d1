package org.negotiationtracker.articles;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The service on an empty database (cleaned at start, on H2 and on PostgreSQL): the corpus articles are
 * assigned to the best matching registered topic, so their topic must be the only one of its kind.
 */
public class EmptyLogProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.flyway.clean-disabled", "false", "quarkus.flyway.clean-at-start", "true");
    }

    /** A second empty database: a test profile of another class makes Quarkus start again, and clean again. */
    public static class Another extends EmptyLogProfile {
    }
}
