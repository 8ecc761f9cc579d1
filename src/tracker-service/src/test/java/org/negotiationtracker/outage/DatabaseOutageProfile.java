package org.negotiationtracker.outage;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** The service with its database behind a relay the test can cut. */
public class DatabaseOutageProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(UnreachableDatabaseResource.class));
    }
}
