package org.negotiationtracker.kafka;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.eventlog.EventLogStore;
import org.negotiationtracker.eventlog.StoredEvent;

/**
 * The relay builds CloudEvents from stored rows without decoding them: what it sends must still be the
 * very document {@code GET /api/events} shows, with the attributes the decoded event would give.
 */
@QuarkusTest
class EventCloudEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EventCloudEvents cloudEvents;

    @Inject
    EventLogStore store;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theDataIsTheApisJsonOfTheEventForEveryShapeOfEvent() throws Exception {
        String topic = newTopic("splice");
        append(Map.of("topicId", topic, "type", "meeting.held", "occurredAt", "2019-01-14",
                "actors", List.of(Map.of("name", "Sergey Lavrov", "country", "Russia", "role", "Foreign Minister"),
                        Map.of("name", "Taro Kōno", "country", "Japan")),
                "location", "Moscow", "summary", "Talks on the \"peace treaty\", a back\\slash and a tab\there",
                "source", Map.of("publisher", "Wire", "url", "https://wire.example/a?b=1&c=2",
                        "publishedAt", "2019-01-16"),
                "metadata", Map.of("correlationId", "batch-1", "feed", "unit"))).statusCode(201);
        append(Map.of("topicId", topic, "type", "meeting.scheduled", "occurredAt", "2019-01-22T10:15:00+03:00",
                "plannedFor", "2019-06", "summary", "A visit is planned — in June, 日本")).statusCode(201);
        String demand = append(Map.of("topicId", topic, "type", "demand.made", "occurredAt", "2019",
                "subject", "islands", "actors", List.of(Map.of("name", "Someone")))).statusCode(201)
                .extract().path("events[0].id");
        String statement = append(Map.of("topicId", topic, "type", "statement.issued", "occurredAt", "2019-06",
                "actors", List.of(Map.of("name", "Someone")))).statusCode(201).extract().path("events[0].id");
        review(statement, Map.of("decision", "confirm"));
        review(demand, Map.of("decision", "reject", "comment", "a \"quoted\" reason"));
        review(statement, Map.of("decision", "correct", "correction", Map.of("type", "statement.issued",
                "occurredAt", "2019-06-02", "actors", List.of(Map.of("name", "Someone")))));

        List<JsonNode> api = apiEventsOf(topic);
        List<StoredEvent> stored = storedEventsOf(topic);
        assertEquals(List.of("topic.registered", "meeting.held", "meeting.scheduled", "demand.made",
                "statement.issued", "event.confirmed", "event.rejected", "event.corrected"),
                api.stream().map(event -> event.get("type").asText()).toList());
        assertEquals(api.size(), stored.size());
        for (int i = 0; i < api.size(); i++) {
            CloudEvent event = cloudEvents.of(stored.get(i));
            assertEquals(api.get(i), JSON.readTree(event.getData().toBytes()), "data of " + api.get(i).get("id"));
            assertEquals(api.get(i).get("id").asText(), event.getId());
            assertEquals(api.get(i).get("type").asText(), event.getType());
            assertEquals(topic, event.getSubject());
            assertEquals("/negotiation-tracker/topics/" + topic, event.getSource().toString());
            assertEquals(api.get(i).get("position").asLong(), event.getExtension(EventCloudEvents.POSITION));
            assertEquals(api.get(i).get("topicVersion").asInt(), event.getExtension(EventCloudEvents.TOPIC_VERSION));
        }
        CloudEvent registration = cloudEvents.of(stored.get(0));
        assertNull(registration.getExtension(EventCloudEvents.OCCURRED_AT));
        assertEquals(OffsetDateTime.parse(api.get(0).get("recordedAt").asText()).toInstant(),
                registration.getTime().toInstant());
        assertEquals("2019-01-14", cloudEvents.of(stored.get(1)).getExtension(EventCloudEvents.OCCURRED_AT));
        assertEquals(OffsetDateTime.parse("2019-01-22T10:15:00+03:00").toInstant(),
                cloudEvents.of(stored.get(2)).getTime().toInstant());
        assertEquals(OffsetDateTime.parse("2019-01-01T00:00:00Z"), cloudEvents.of(stored.get(3)).getTime());
        assertEquals("2019", cloudEvents.of(stored.get(3)).getExtension(EventCloudEvents.OCCURRED_AT));
        assertEquals(OffsetDateTime.parse("2019-01-14T00:00:00Z"), cloudEvents.of(stored.get(1)).getTime());
        assertEquals(OffsetDateTime.parse("2019-06-01T00:00:00Z"), cloudEvents.of(stored.get(4)).getTime());
    }

    /** A reviewer's decision, which the relay sends like any event. */
    private static void review(String eventId, Map<String, Object> decision) {
        given().contentType("application/json").body(decision).post("/api/review/{id}", eventId).then()
                .statusCode(201);
    }

    private static List<JsonNode> apiEventsOf(String topic) throws Exception {
        String page = given().queryParam("topic", topic).get("/api/events").then().statusCode(200).extract().asString();
        List<JsonNode> events = new ArrayList<>();
        JSON.readTree(page).get("events").forEach(events::add);
        return events;
    }

    private List<StoredEvent> storedEventsOf(String topic) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return store.readStored(connection, 0, Integer.MAX_VALUE, topic);
        }
    }
}
