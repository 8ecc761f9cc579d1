package org.negotiationtracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.REPORTS;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every refused append is an RFC 9457 problem that names the field, and leaves the log as it was. */
@QuarkusTest
class AppendErrorsTest {

    private static final String PROBLEM = "application/problem+json";

    private static ValidatableResponse refused(String body, int status) {
        long before = head();
        ValidatableResponse response = given().contentType(ContentType.JSON).body(body).post("/api/events").then()
                .statusCode(status).contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("instance", equalTo("/api/events"));
        assertEquals(before, head(), "a refused append must not change the log");
        return response;
    }

    @Test
    void malformedJson() {
        refused("{\"topicId\": \"x\", ", 400)
                .body("type", equalTo("urn:negotiation-tracker:problem:malformed-json"))
                .body("detail", containsString("line 1, column"));
    }

    @Test
    void trailingGarbageAfterTheJson() {
        refused("{} {}", 400).body("type", equalTo("urn:negotiation-tracker:problem:malformed-json"));
    }

    @Test
    void emptyBody() {
        refused("", 400).body("detail", containsString("empty"));
    }

    @Test
    void missingRequiredFields() {
        refused("{\"topicId\": \"" + newTopic("missing") + "\"}", 422)
                .body("errors.pointer", equalTo(List.of("/occurredAt", "/type")))
                .body("detail", containsString("/occurredAt: is required"));
    }

    @Test
    void wrongTypedField() {
        refused("{\"topicId\": 42, \"type\": \"meeting.held\", \"occurredAt\": \"2019-01-01\"}", 422)
                .body("errors[0].pointer", equalTo("/topicId"))
                .body("errors[0].detail", equalTo("expected a string"));
    }

    @Test
    void actorsMustBeAnArray() {
        String topic = newTopic("actors-type");
        refused("{\"topicId\": \"" + topic + "\", \"type\": \"meeting.held\", \"occurredAt\": \"2019-01-01\","
                + " \"actors\": \"Lavrov\"}", 422)
                .body("errors[0].pointer", equalTo("/actors"))
                .body("errors[0].detail", equalTo("expected an array"));
    }

    @Test
    void aVersionGivenAsTextIsNotSilentlyConverted() {
        String topic = newTopic("version-text");
        refused("{\"topicId\": \"" + topic + "\", \"type\": \"meeting.held\", \"occurredAt\": \"2019-01-01\","
                + " \"expectedVersion\": \"1\"}", 422)
                .body("errors[0].pointer", equalTo("/expectedVersion"))
                .body("errors[0].detail", equalTo("expected an integer"));
    }

    @Test
    void unknownField() {
        String topic = newTopic("unknown-field");
        refused("{\"topicId\": \"" + topic + "\", \"type\": \"meeting.held\", \"occurredAt\": \"2019-01-01\","
                + " \"date\": \"2019-01-01\"}", 422)
                .body("errors[0].pointer", equalTo("/date"))
                .body("errors[0].detail", containsString("unknown field \"date\"; expected one of actors,"));
    }

    @Test
    void unknownEventTypeListsTheAllowedOnes() {
        String topic = newTopic("bad-type");
        refused("{\"topicId\": \"" + topic + "\", \"type\": \"meeting.helt\", \"occurredAt\": \"2019-01-01\"}", 422)
                .body("errors[0].pointer", equalTo("/type"))
                .body("errors[0].detail", containsString("unknown event type \"meeting.helt\": expected one of "
                        + "meeting.scheduled, meeting.held, meeting.cancelled, statement.issued, demand.made"));
    }

    @Test
    void topicRegistrationsCannotBeAppendedAsEvents() {
        String topic = newTopic("registered-type");
        refused("{\"topicId\": \"" + topic + "\", \"type\": \"topic.registered\", \"occurredAt\": \"2019-01-01\"}",
                422).body("errors[0].detail", containsString("is recorded by POST /api/topics"));
    }

    @Test
    void impossibleDates() {
        String topic = newTopic("bad-date");
        for (String date : List.of("2019-02-30", "2019-13", "yesterday", "2019-1-5")) {
            refused("{\"topicId\": \"" + topic + "\", \"type\": \"meeting.held\", \"occurredAt\": \"" + date + "\"}",
                    422).body("errors[0].pointer", equalTo("/occurredAt"))
                    .body("errors[0].detail", containsString(date));
        }
    }

    @Test
    void invalidNestedValuesAreAllReportedWithTheirPointers() {
        String topic = newTopic("nested");
        refused("{\"topicId\": \"" + topic + "\", \"type\": \"meeting.held\", \"occurredAt\": \"2019-01-01\","
                + " \"actors\": [{\"name\": \"Lavrov\"}, {\"name\": \" \"}], \"source\": {\"url\": \"not a url\"}}", 422)
                .body("errors.pointer", equalTo(List.of("/actors/1/name", "/source/url")))
                .body("errors[1].detail", equalTo("must be an absolute http(s) URL"));
    }

    @Test
    void oneBadEventRefusesTheWholeBatchAndSaysWhichOne() {
        String topic = newTopic("bad-batch");
        Map<String, Object> bad = new HashMap<>(meeting(topic, "2019-01-01", "B"));
        bad.put("occurredAt", "2019-02-30");
        refused(toJson(List.of(meeting(topic, "2019-01-01", "A"), bad)), 422)
                .body("errors", hasSize(1))
                .body("errors[0].pointer", equalTo("/1/occurredAt"));
        given().queryParam("topic", topic).get("/api/events").then().body(REPORTS, hasSize(0));
    }

    /** A batch this large is checked on a worker thread, not on the event loop: it answers the same. */
    @Test
    void oneBadEventInALargeBatchRefusesItAllAndSaysWhichOne() {
        String topic = newTopic("bad-large-batch");
        List<Map<String, Object>> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            batch.add(meeting(topic, "2019-01-01", "Delegate " + i));
        }
        Map<String, Object> bad = new HashMap<>(meeting(topic, "2019-01-01", "B"));
        bad.put("occurredAt", "2019-02-30");
        batch.add(bad);
        String body = toJson(batch);
        assertTrue(body.length() > 16 * 1024, "the batch must be over what the event loop checks itself");
        refused(body, 422)
                .body("errors", hasSize(1))
                .body("errors[0].pointer", equalTo("/200/occurredAt"));
        given().queryParam("topic", topic).get("/api/events").then().body(REPORTS, hasSize(0));
    }

    @Test
    void anEmptyBatch() {
        refused("[]", 422).body("detail", containsString("at least one event"));
    }

    @Test
    void aBodyThatIsNeitherObjectNorArray() {
        refused("\"meeting\"", 422).body("errors[0].detail", equalTo("expected a JSON object, got a string"));
    }

    @Test
    void aBodyOverTheLimit() {
        String topic = newTopic("too-large");
        Map<String, Object> event = new HashMap<>(meeting(topic, "2019-01-01", "A"));
        event.put("summary", "x".repeat(3000));
        String batch = toJson(java.util.Collections.nCopies(100, event));
        refused(batch, 413).body("detail", containsString("exceeds the limit of 262144 bytes"));
    }

    @Test
    void badQueryParametersAreExplained() {
        given().queryParam("after", "-1").get("/api/events").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("after must be a log position"));
        given().queryParam("limit", "100000").get("/api/events").then().statusCode(400)
                .body("detail", containsString("limit must be an integer from 1 to 1000"));
        given().queryParam("types", "meeting.helt").get("/api/events").then().statusCode(400)
                .body("detail", containsString("unknown event types [meeting.helt]"));
        given().queryParam("topic", "no-such-topic").get("/api/events").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void wrongMediaTypeAndMethod() {
        given().contentType(ContentType.TEXT).body("hello").post("/api/events").then().statusCode(415)
                .contentType(PROBLEM);
        given().delete("/api/events").then().statusCode(405).contentType(PROBLEM)
                .body("detail", containsString("DELETE"));
    }

    private static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
