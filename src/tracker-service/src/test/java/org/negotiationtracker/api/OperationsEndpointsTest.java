package org.negotiationtracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void livenessWatchesTheLogWriter() {
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'event-log-writer' }.status", equalTo("UP"));
    }

    @Test
    void readinessReportsTheLogHead() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'event-log' }.status", equalTo("UP"));
    }

    @Test
    void appendsAreCountedInTheMetrics() {
        append(meeting(newTopic("metrics"), "2019-01-14", "Lavrov")).statusCode(201);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("tracker_events_appended_total"))
                .body(containsString("tracker_append_transactions_seconds_count"))
                .body(containsString("tracker_append_queued"));
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/events'.post.summary", containsString("Append one event"))
                .body("paths.'/api/topics/{id}/timeline'.get", org.hamcrest.Matchers.notNullValue())
                .body("components.schemas.TimelineEntry.properties", hasKey("reportIds"))
                .body("components.schemas.TimelineEntry.properties", not(hasKey("sourceKeys")))
                .body("components.schemas.TimelineEntry.properties", not(hasKey("actorKeys")));
    }
}
