package org.negotiationtracker.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The calls tests make to the service over HTTP, so each test reads as given → when → then. */
public final class TrackerApi {

    /** The events of a log page that clients appended, leaving out topic registrations. */
    public static final String REPORTS = "events.findAll { it.type != 'topic.registered' }";

    private TrackerApi() {
    }

    /** Registers a topic with a unique id, so tests sharing one database never see each other's events. */
    public static String newTopic(String prefix) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        registerTopic(Map.of("id", id, "title", "Talks " + id, "parties", List.of("Russia", "Japan")))
                .statusCode(201);
        return id;
    }

    public static ValidatableResponse registerTopic(Object topic) {
        return given().contentType(ContentType.JSON).body(topic).post("/api/topics").then();
    }

    public static ValidatableResponse append(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/events").then();
    }

    public static long head() {
        return given().get("/q/health/ready").then().statusCode(200).extract().jsonPath()
                .getLong("checks.find { it.name == 'event-log' }.data.head");
    }

    public static Map<String, Object> meeting(String topicId, String date, String... actors) {
        return Map.of("topicId", topicId, "type", "meeting.held", "occurredAt", date,
                "actors", java.util.Arrays.stream(actors).map(name -> Map.of("name", name)).toList());
    }
}
