package org.negotiationtracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.REPORTS;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventsApiTest {

    @Test
    void appendsOneEventAndReportsItsPositionAndVersion() {
        String topic = newTopic("append-one");
        long before = head();

        append(meeting(topic, "2019-01-14", "Sergey Lavrov", "Taro Kono"))
                .statusCode(201)
                .body("appended", is(1)).body("duplicates", is(0))
                .body("events[0].topicId", equalTo(topic))
                .body("events[0].topicVersion", is(2))
                .body("events[0].duplicate", is(false))
                .body("events[0].id", notNullValue());

        given().queryParam("after", before).queryParam("topic", topic).get("/api/events").then()
                .statusCode(200)
                .body(REPORTS, hasSize(1))
                .body(REPORTS + "[0].type", equalTo("meeting.held"))
                .body(REPORTS + "[0].occurredAt", equalTo("2019-01-14"))
                .body(REPORTS + "[0].actors.name", equalTo(List.of("Sergey Lavrov", "Taro Kono")))
                .body(REPORTS + "[0].recordedAt", notNullValue());
    }

    @Test
    void keepsThePrecisionTheSourceGave() {
        String topic = newTopic("precision");
        append(List.of(meeting(topic, "2019", "A"), meeting(topic, "2019-06", "B"),
                meeting(topic, "2019-06-01T10:15:00Z", "C"))).statusCode(201).body("appended", is(3));

        given().queryParam("topic", topic).get("/api/events").then()
                .body(REPORTS + ".occurredAt", equalTo(List.of("2019", "2019-06", "2019-06-01T10:15:00Z")));
    }

    @Test
    void storesEveryFieldOfTheEvent() {
        String topic = newTopic("fields");
        Map<String, Object> event = new HashMap<>(Map.of("id", "fields-" + topic, "topicId", topic,
                "type", "meeting.scheduled", "occurredAt", "2019-02-12", "plannedFor", "2019-06",
                "actors", List.of(Map.of("name", "Vladimir Putin", "country", "Russia", "role", "President")),
                "location", "Japan", "summary", "Putin to visit Japan", "subject", "peace treaty"));
        event.put("source", Map.of("publisher", "TASS", "url", "https://tass.com/politics/1",
                "publishedAt", "2019-02-12"));
        event.put("metadata", Map.of("correlationId", "c-42"));
        append(event).statusCode(201);

        given().queryParam("topic", topic).get("/api/events").then()
                .body(REPORTS + "[0].id", equalTo("fields-" + topic))
                .body(REPORTS + "[0].plannedFor", equalTo("2019-06"))
                .body(REPORTS + "[0].actors[0].role", equalTo("President"))
                .body(REPORTS + "[0].location", equalTo("Japan"))
                .body(REPORTS + "[0].summary", equalTo("Putin to visit Japan"))
                .body(REPORTS + "[0].subject", equalTo("peace treaty"))
                .body(REPORTS + "[0].source.url", equalTo("https://tass.com/politics/1"))
                .body(REPORTS + "[0].source.publishedAt", equalTo("2019-02-12"))
                .body(REPORTS + "[0].metadata.correlationId", equalTo("c-42"));
    }

    @Test
    void aRetriedEventIsStoredOnceAndAnswersWithTheStoredPosition() {
        String topic = newTopic("retry");
        Map<String, Object> event = new HashMap<>(meeting(topic, "2019-01-14", "Lavrov"));
        event.put("id", "retry-" + topic);
        int position = append(event).statusCode(201).extract().path("events[0].position");

        append(event).statusCode(200)
                .body("appended", is(0)).body("duplicates", is(1))
                .body("events[0].position", is(position))
                .body("events[0].duplicate", is(true));
        given().queryParam("topic", topic).get("/api/events").then().body(REPORTS, hasSize(1));
    }

    @Test
    void anEventWithoutIdGetsOneFromItsContentSoRetriesAreIdempotentToo() {
        String topic = newTopic("content-id");
        String id = append(meeting(topic, "2019-01-14", "Lavrov")).statusCode(201).extract().path("events[0].id");

        append(meeting(topic, "2019-01-14", "Lavrov")).statusCode(200).body("events[0].id", equalTo(id))
                .body("events[0].duplicate", is(true));
    }

    @Test
    void aBatchReportsEachEventInOrder() {
        String topic = newTopic("batch");
        Map<String, Object> known = new HashMap<>(meeting(topic, "2019-01-01", "A"));
        known.put("id", "known-" + topic);
        append(known).statusCode(201);

        append(List.of(meeting(topic, "2019-01-02", "B"), known, meeting(topic, "2019-01-03", "C")))
                .statusCode(201)
                .body("appended", is(2)).body("duplicates", is(1))
                .body("events.duplicate", equalTo(List.of(false, true, false)))
                .body("events.topicVersion", equalTo(List.of(3, 2, 4)));
    }

    @Test
    void expectedVersionGuardsAgainstConcurrentWriters() {
        String topic = newTopic("occ");
        Map<String, Object> first = new HashMap<>(meeting(topic, "2019-01-01", "A"));
        first.put("expectedVersion", 1);
        append(first).statusCode(201).body("events[0].topicVersion", is(2));

        Map<String, Object> stale = new HashMap<>(meeting(topic, "2019-01-02", "B"));
        stale.put("expectedVersion", 1);
        long before = head();
        append(stale).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:negotiation-tracker:problem:version-conflict"))
                .body("detail", containsString("is at version 2, not the expected 1"));
        assertEquals(before, head());
    }

    @Test
    void aConflictAnywhereInABatchAppendsNothing() {
        String topic = newTopic("occ-batch");
        Map<String, Object> stale = new HashMap<>(meeting(topic, "2019-01-02", "B"));
        stale.put("expectedVersion", 5);
        long before = head();

        append(List.of(meeting(topic, "2019-01-01", "A"), stale)).statusCode(409);

        assertEquals(before, head());
        given().queryParam("topic", topic).get("/api/events").then().body(REPORTS, hasSize(0));
    }

    @Test
    void anUnknownTopicIsRefusedByName() {
        long before = head();
        append(meeting("no-such-topic", "2019-01-01", "A")).statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("topic \"no-such-topic\" is not registered"));
        assertEquals(before, head());
    }

    @Test
    void anIdReusedForADifferentEventIsAConflict() {
        String topic = newTopic("id-conflict");
        Map<String, Object> original = new HashMap<>(meeting(topic, "2019-01-01", "A"));
        original.put("id", "taken-" + topic);
        append(original).statusCode(201);
        Map<String, Object> other = new HashMap<>(meeting(topic, "2019-05-05", "B"));
        other.put("id", "taken-" + topic);

        append(other).statusCode(409).body("type", equalTo("urn:negotiation-tracker:problem:event-id-conflict"));
    }

    @Test
    void readsTheLogInPagesByPosition() {
        String topic = newTopic("paging");
        append(List.of(meeting(topic, "2019-01-01", "A"), meeting(topic, "2019-01-02", "B"),
                meeting(topic, "2019-01-03", "C"))).statusCode(201);

        int firstAfter = given().queryParam("topic", topic).queryParam("limit", 2).get("/api/events").then()
                .body("events.type", equalTo(List.of("topic.registered", "meeting.held")))
                .extract().path("nextAfter");
        given().queryParam("topic", topic).queryParam("after", firstAfter).get("/api/events").then()
                .body("events.occurredAt", equalTo(List.of("2019-01-02", "2019-01-03")));
    }

    @Test
    void filtersTheLogByType() {
        String topic = newTopic("types");
        Map<String, Object> statement = new HashMap<>(meeting(topic, "2019-01-02", "B"));
        statement.put("type", "statement.issued");
        append(List.of(meeting(topic, "2019-01-01", "A"), statement)).statusCode(201);

        given().queryParam("topic", topic).queryParam("types", "statement.issued,demand.made")
                .get("/api/events").then().body("events.type", equalTo(List.of("statement.issued")));
    }

    @Test
    void topicRegistrationsAreInTheLogToo() {
        String topic = newTopic("registered");
        given().queryParam("topic", topic).queryParam("types", "topic.registered").get("/api/events").then()
                .body("events", hasSize(1))
                .body("events[0].id", equalTo("topic:" + topic))
                .body("events[0].topic.parties", equalTo(List.of("Russia", "Japan")));
    }

    @Test
    void answersWithJson() {
        given().get("/api/events").then().statusCode(200).contentType(ContentType.JSON);
    }
}
