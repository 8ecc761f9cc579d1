package org.negotiationtracker.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;
import static org.negotiationtracker.kafka.KafkaPublicationTest.bootstrap;
import static org.negotiationtracker.kafka.KafkaPublicationTest.logOf;
import static org.negotiationtracker.kafka.KafkaPublicationTest.publishedEventsOf;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

/**
 * The events topic disappears (a new broker after `docker compose down`, or someone deleted it) while the
 * checkpoint says everything was published: the service creates it again and publishes the whole log
 * into it, not only what comes after the checkpoint.
 */
@QuarkusTest
@TestProfile(KafkaProfile.class)
class KafkaTopicRecreationTest {

    @Test
    void aNewEmptyEventsTopicGetsTheWholeLog() throws Exception {
        String topic = newTopic("recreated");
        for (int i = 0; i < 3; i++) {
            append(meeting(topic, "2019-01-1" + i, "Before " + i)).statusCode(201);
        }
        publishedEventsOf(topic, 4);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap()))) {
            admin.deleteTopics(List.of("negotiation.events")).all().get(30, TimeUnit.SECONDS);
        }

        append(meeting(topic, "2019-02-16", "After")).statusCode(201);

        Set<String> logged = logOf(topic).stream().map(e -> e.get("id").asText()).collect(Collectors.toSet());
        List<CloudEvent> published = publishedEventsOf(topic, logged.size());
        assertEquals(logged, published.stream().map(CloudEvent::getId).collect(Collectors.toSet()));
    }
}
