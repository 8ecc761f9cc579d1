package org.negotiationtracker.projection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReadModelRebuildTest {

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

    @Test
    void appendsDuringARebuildAllLandAndTheSwappedReadModelsEqualAFreshFold() throws Exception {
        String topic = newTopic("during-rebuild");
        // enough log for the rebuild to take a while
        for (int batch = 0; batch < 10; batch++) {
            append(days(topic, batch * 500, 500)).statusCode(201);
        }
        int appendedDuring = 0;
        ExecutorService rebuilder = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> rebuild = rebuilder.submit(() ->
                    given().post("/api/admin/projections/rebuild").then().extract().statusCode());
            for (int batch = 10; !rebuild.isDone(); batch++) {
                append(days(topic, batch * 500, 20)).statusCode(201);
                appendedDuring += 20;
            }
            assertEquals(200, rebuild.get());
        } finally {
            rebuilder.shutdown();
        }
        assertTrue(appendedDuring > 0, "some appends ran while the rebuild did");

        given().get("/api/topics/" + topic).then().statusCode(200).body("reportCount", is(5000 + appendedDuring));
        Map<String, String> swapped = readModels();
        given().post("/api/admin/projections/rebuild").then().statusCode(200);
        assertEquals(swapped, readModels(), "the read models swapped in equal a fold of the log at rest");
    }

    /** Meetings on consecutive days from 2000-01-01 plus {@code from} days, so each is an entry of its own. */
    private static List<Map<String, Object>> days(String topic, int from, int count) {
        List<Map<String, Object>> events = new java.util.ArrayList<>();
        for (int day = from; day < from + count; day++) {
            events.add(meeting(topic, LocalDate.of(2000, 1, 1).plusDays(day).toString(), "Sergey Lavrov"));
        }
        return events;
    }

    /** Every topic's state and timeline, as the API serves them. */
    static Map<String, String> readModels() {
        Map<String, String> models = new HashMap<>();
        List<String> ids = given().get("/api/topics").then().statusCode(200).extract().path("id");
        for (String id : ids) {
            models.put(id + " state", given().get("/api/topics/" + id).then().extract().asString());
            models.put(id + " timeline", given().get("/api/topics/" + id + "/timeline").then().extract().asString());
        }
        return models;
    }
}
