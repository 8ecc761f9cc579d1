package org.negotiationtracker.kafka;

import java.util.List;
import org.negotiationtracker.outage.UnreachableDatabaseResource;

/** Kafka on against a real broker, with the database behind a relay the test can cut. */
public class KafkaDatabaseOutageProfile extends KafkaProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KafkaBrokerResource.class),
                new TestResourceEntry(UnreachableDatabaseResource.class));
    }
}
