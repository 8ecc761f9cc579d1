package org.negotiationtracker.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;
import static org.negotiationtracker.kafka.KafkaPublicationTest.kafkaCheck;
import static org.negotiationtracker.kafka.KafkaPublicationTest.logOf;
import static org.negotiationtracker.kafka.KafkaPublicationTest.publishedEventsOf;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Kafka goes down while clients append: HTTP appends and SSE streams go on, readiness stays UP but
 * says Kafka is unavailable and how far behind it is, and once Kafka is back every event is published.
 */
@QuarkusTest
@TestProfile(KafkaProfile.class)
class KafkaOutageTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TestHTTPResource("/")
    URI base;

    @Test
    void eventsAppendedWhileTheBrokerIsDownArePublishedOnceItIsBack() throws Exception {
        String topic = newTopic("outage");
        long start = head();
        for (int i = 0; i < 20; i++) {
            append(meeting(topic, "2019-01-" + (10 + i % 15), "Before " + i)).statusCode(201);
        }
        KafkaBroker broker = KafkaBrokerResource.broker();
        broker.stop();
        try {
            for (int i = 0; i < 30; i++) {
                append(meeting(topic, "2019-02-" + (10 + i % 15), "During " + i)).statusCode(201);
            }
            long end = head();
            assertTrue(streamReaches(start, end), "SSE delivers every event while Kafka is down");

            JsonNode down = awaitKafkaCheck(check -> check.at("/data/kafka").asText().equals("unavailable"));
            assertEquals("UP", down.get("status").asText(), "readiness does not fail on Kafka");
            assertTrue(down.at("/data/lag").asLong() > 0, "the lag shows: " + down);
        } finally {
            broker.restart();
        }
        for (int i = 0; i < 10; i++) {
            append(meeting(topic, "2019-03-" + (10 + i % 15), "After " + i)).statusCode(201);
        }
        Set<String> logged = logOf(topic).stream().map(e -> e.get("id").asText()).collect(Collectors.toSet());

        List<CloudEvent> published = publishedEventsOf(topic, logged.size());

        assertEquals(logged, published.stream().map(CloudEvent::getId).collect(Collectors.toSet()),
                "every event published, none lost");
        JsonNode back = awaitKafkaCheck(check -> check.at("/data/kafka").asText().equals("available")
                && check.at("/data/lag").asLong() == 0);
        assertEquals(0, back.at("/data/lag").asLong());
    }

    private boolean streamReaches(long after, long end) throws Exception {
        // as a browser's EventSource over plain http does: HTTP/1.1, not an h2c upgrade, which once broke the
        // stream mid-way under load (a frame larger than the connection allows)
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/stream?after=" + after))
                .timeout(Duration.ofSeconds(30)).build();
        try (Stream<String> lines = client.send(request, HttpResponse.BodyHandlers.ofLines()).body()) {
            return lines.anyMatch(line -> line.equals("id:" + end));
        }
    }

    private static JsonNode awaitKafkaCheck(Predicate<JsonNode> condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode check = kafkaCheck();
        while (!condition.test(check) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            check = kafkaCheck();
        }
        assertTrue(condition.test(check), "kafka readiness data never got there: " + check);
        return check;
    }
}
