package org.negotiationtracker.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;
import static org.negotiationtracker.api.TrackerApi.registerTopic;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** An Error stops the log's writer for good: it must not look alive, and appends must not wait on it. */
@QuarkusTest
@TestProfile(LethalListenerProfile.class)
class WriterDeathTest {

    @Test
    void theWriterDiesOnAnErrorAndLivenessSaysWhy() {
        String survivor = newTopic("survivor");
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'event-log-writer' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'background-threads' }.status", equalTo("UP"));

        String lethal = LethalAppendListener.PREFIX + "topic";
        registerTopic(Map.of("id", lethal, "title", "Talks " + lethal, "parties", List.of("Russia", "Japan")))
                .statusCode(503)
                .contentType("application/problem+json")
                .body("detail", containsString("OutOfMemoryError"))
                .time(lessThan(5L), TimeUnit.SECONDS);

        given().get("/q/health/live").then().statusCode(503)
                .body("checks.find { it.name == 'event-log-writer' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'event-log-writer' }.data.error", containsString("OutOfMemoryError"))
                .body("checks.find { it.name == 'background-threads' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'background-threads' }.data.'event-log-writer'",
                        containsString("died: java.lang.OutOfMemoryError"))
                .body("checks.find { it.name == 'background-threads' }.data.'log-feed'", equalTo("running"));
        append(meeting(survivor, "2019-01-14", "Lavrov")).statusCode(503)
                .contentType("application/problem+json")
                .body("detail", containsString("the event log writer has stopped"))
                .time(lessThan(5L), TimeUnit.SECONDS);
    }
}
