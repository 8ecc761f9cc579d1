package org.negotiationtracker.projection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The read models follow the log after the commit; a client that passes the position its append answered with
 * reads its own write. These calls bypass the test session's own consistency (noFilters), as a client that
 * handles the positions itself would.
 */
@QuarkusTest
class ReadYourWritesTest {

    /** A batch big enough that the projector needs several pages for it, so an unwaited read would miss some. */
    private static final int EVENTS = 1500;

    @Test
    void anAppendAnswersWithThePositionItReached() {
        String topic = newTopic("consistency-header");
        ExtractableResponse<Response> appended = post(List.of(meeting(topic, "2019-01-14", "Lavrov"),
                meeting(topic, "2019-01-22", "Abe")));

        assertEquals(appended.jsonPath().getLong("events[1].position"),
                Long.parseLong(appended.header("Consistency-Position")));
    }

    @Test
    void aReadAtTheAppendsPositionSeesTheWholeAppend() {
        String topic = newTopic("min-position");
        long position = Long.parseLong(post(meetings(topic)).header("Consistency-Position"));

        given().noFilters().get("/api/topics/" + topic + "?minPosition=" + position).then().statusCode(200)
                .body("reportCount", equalTo(EVENTS));
        long projected = Long.parseLong(given().noFilters().get("/api/topics/" + topic + "/timeline?minPosition="
                + position).then().statusCode(200).extract().header("Projection-Position"));
        assertTrue(projected >= position, "the answer says it reflects the append: " + projected);
    }

    @Test
    void theConsistencyPositionHeaderWaitsLikeTheParameter() {
        String topic = newTopic("consistency-read");
        long position = Long.parseLong(post(meetings(topic)).header("Consistency-Position"));

        given().noFilters().header("Consistency-Position", position).get("/api/topics").then().statusCode(200)
                .body("find { it.id == '" + topic + "' }.eventCount", equalTo(EVENTS));
    }

    @Test
    void aPositionTheLogDoesNotHaveIsABadRequest() {
        long head = given().noFilters().get("/q/health/ready").then().extract().jsonPath()
                .getLong("checks.find { it.name == 'event-log' }.data.head");

        given().noFilters().get("/api/topics?minPosition=" + (head + 1000)).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("beyond the head"));
        given().noFilters().get("/api/topics?minPosition=soon").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void readinessSaysHowFarTheReadModelsHaveFolded() {
        String topic = newTopic("projection-health");
        long position = Long.parseLong(post(List.of(meeting(topic, "2019-01-14", "Lavrov")))
                .header("Consistency-Position"));
        given().noFilters().get("/api/topics/" + topic + "?minPosition=" + position).then().statusCode(200);

        given().noFilters().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("projection"))
                .body("checks.find { it.name == 'projection' }.data.position", greaterThanOrEqualTo((int) position));
    }

    private static List<Map<String, Object>> meetings(String topic) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            // a day each, so no two reports corroborate each other into one entry
            events.add(meeting(topic, java.time.LocalDate.of(2000, 1, 1).plusDays(i).toString(), "Lavrov"));
        }
        return events;
    }

    private static ExtractableResponse<Response> post(List<Map<String, Object>> events) {
        return given().noFilters().contentType(ContentType.JSON).body(events).post("/api/events").then()
                .statusCode(201).extract();
    }
}
