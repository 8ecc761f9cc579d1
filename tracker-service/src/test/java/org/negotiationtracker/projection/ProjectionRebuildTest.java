package org.negotiationtracker.projection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProjectionRebuildTest {

    @Test
    void aRebuiltReadModelEqualsTheLiveOne() {
        String topic = newTopic("rebuild");
        Map<String, Object> scheduled = new HashMap<>(meeting(topic, "2019-01-12", "Sergey Lavrov", "Taro Kono"));
        scheduled.put("type", "meeting.scheduled");
        scheduled.put("plannedFor", "2019-01-14");
        Map<String, Object> demand = new HashMap<>(meeting(topic, "2019-01-11", "Russian Foreign Ministry"));
        demand.put("type", "demand.made");
        demand.put("subject", "recognition of the outcome of World War II");
        append(List.of(scheduled, demand, meeting(topic, "2019-01-14", "Sergey Lavrov", "Taro Kono"),
                meeting(topic, "2019-01-14", "Taro Kono"), meeting(topic, "2019-06", "Vladimir Putin")))
                .statusCode(201);
        Map<String, String> live = readModels();
        long head = head();

        given().post("/api/admin/projections/rebuild").then().statusCode(200)
                .body("eventsReplayed", is((int) head))
                .body("topics", greaterThanOrEqualTo(1));

        assertEquals(live, readModels());
    }

    @Test
    void appendsGoOnAfterARebuild() {
        String topic = newTopic("after-rebuild");
        append(meeting(topic, "2019-01-14", "Lavrov")).statusCode(201);
        given().post("/api/admin/projections/rebuild").then().statusCode(200);

        append(meeting(topic, "2019-02-16", "Lavrov")).statusCode(201).body("events[0].topicVersion", is(3));
        given().get("/api/topics/" + topic).then().body("lastMeetingHeld.date", org.hamcrest.Matchers.equalTo(
                "2019-02-16")).body("version", is(3));
    }

    /** Every topic's state and timeline, as the API serves them. */
    private static Map<String, String> readModels() {
        Map<String, String> models = new HashMap<>();
        List<String> ids = given().get("/api/topics").then().statusCode(200).extract().path("id");
        for (String id : ids) {
            models.put(id + " state", given().get("/api/topics/" + id).then().extract().asString());
            models.put(id + " timeline", given().get("/api/topics/" + id + "/timeline").then().extract().asString());
        }
        return models;
    }
}
