package org.negotiationtracker.outage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A database that cannot be reached is an outage, which passes: 503 with Retry-After, which clients and load
 * balancers retry, not 500, which says the service is broken. Once the database is back, the same append lands.
 */
@QuarkusTest
@TestProfile(DatabaseOutageProfile.class)
class DatabaseOutageTest {

    private static final String PROBLEM = "application/problem+json";
    private static final Duration RECOVERY = Duration.ofSeconds(60);

    @Test
    void writesAndReadsAnswer503WithRetryAfterWhileTheDatabaseIsDownAndTheRetriedAppendLandsOnce()
            throws Exception {
        String topic = newTopic("outage");
        Map<String, Object> event = Map.of("id", topic + "-meeting", "topicId", topic, "type", "meeting.held",
                "occurredAt", "2019-01-22", "actors", List.of(Map.of("name", "Kono")));

        UnreachableDatabaseResource.proxy().cut();
        try {
            unavailable(append(event), "/api/events");
            unavailable(given().queryParam("topic", topic).get("/api/events").then(), "/api/events");
        } finally {
            UnreachableDatabaseResource.proxy().open();
        }

        awaitAppended(event);
        assertEquals(List.of(topic + "-meeting"), given().queryParam("topic", topic).get("/api/events").then()
                .statusCode(200).extract().jsonPath().getList("events.findAll { it.type != 'topic.registered' }.id"),
                "the retried append is in the log once");
    }

    private static void unavailable(ValidatableResponse response, String path) {
        response.statusCode(503).contentType(PROBLEM).header("Retry-After", "5")
                .body("type", equalTo("urn:negotiation-tracker:problem:store-unavailable"))
                .body("status", equalTo(503))
                .body("instance", equalTo(path))
                .body("detail", containsString("could not be reached"));
    }

    /** The database is back, but the pool may still hand out a connection it broke: retry until the append lands. */
    private static void awaitAppended(Map<String, Object> event) throws InterruptedException {
        long deadline = System.nanoTime() + RECOVERY.toNanos();
        int status = append(event).extract().statusCode();
        while (status != 201 && System.nanoTime() < deadline) {
            assertEquals(503, status, "an append while the service reconnects is an outage, not an error");
            Thread.sleep(200);
            status = append(event).extract().statusCode();
        }
        assertEquals(201, status, "the append lands once the database is back");
    }
}
