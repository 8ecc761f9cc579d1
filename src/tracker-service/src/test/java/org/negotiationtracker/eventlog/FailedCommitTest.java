package org.negotiationtracker.eventlog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.negotiationtracker.api.TrackerApi.REPORTS;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An append whose transaction fails at commit ({@link CommitFailure}) leaves nothing behind: the client is told
 * with a problem, the log holds none of its events, the head has not moved, and the next append takes the position
 * and topic version the failed one would have had. The projector, which follows the log after the commit, never
 * folds any of it, although the failed transaction held its events for a while before it rolled back.
 */
@QuarkusTest
class FailedCommitTest {

    @Test
    void aTransactionThatFailsAtCommitLeavesNoTrace() {
        String topic = newTopic("ghost");
        JsonPath first = append(report(topic, topic + "-1", "meeting.held", "2019-01-14")).statusCode(201)
                .extract().jsonPath();
        long head = head();

        append(report(topic, topic + CommitFailure.MARKER, "statement.issued", "2019-01-15"))
                .statusCode(500).contentType("application/problem+json").body("status", equalTo(500));
        assertEquals(head, head(), "a failed commit does not move the head");

        JsonPath next = append(report(topic, topic + "-2", "statement.issued", "2019-01-20")).statusCode(201)
                .extract().jsonPath();
        assertEquals(head + 1, next.getLong("events[0].position"), "no position is lost to the failed commit");
        assertEquals(first.getInt("events[0].topicVersion") + 1, next.getInt("events[0].topicVersion"),
                "no topic version is lost to the failed commit");
        append(report(topic, topic + "-1", "meeting.held", "2019-01-14")).statusCode(200)
                .body("events[0].duplicate", equalTo(true));

        JsonPath log = given().get("/api/events?topic=" + topic).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(topic + "-1", topic + "-2"), log.getList(REPORTS + ".id"));
        // what the projector folded while following the log, before any rebuild folds it again
        String live = given().get("/api/topics/" + topic).then().statusCode(200)
                .body("eventCount", equalTo(2)).extract().asString();
        given().get("/api/topics/" + topic + "/timeline").then().statusCode(200)
                .body("occurredAt", equalTo(List.of("2019-01-14", "2019-01-20")));
        given().post("/api/admin/projections/rebuild").then().statusCode(200);
        assertEquals(live, given().get("/api/topics/" + topic).then().statusCode(200).extract().asString());
    }

    private static Map<String, Object> report(String topic, String id, String type, String date) {
        return Map.of("id", id, "topicId", topic, "type", type, "occurredAt", date);
    }
}
