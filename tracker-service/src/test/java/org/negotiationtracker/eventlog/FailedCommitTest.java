package org.negotiationtracker.eventlog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An append whose transaction fails leaves nothing behind: not in the log, not in the writer's memory of topic
 * versions, so not in the read models that follow the log either.
 */
@QuarkusTest
class FailedCommitTest {

    @Test
    void aTransactionThatFailsAtCommitLeavesNoGhostInTheState() {
        String topic = newTopic("ghost");
        append(report(topic, topic + "-1", "meeting.held", "2019-01-14")).statusCode(201);
        append(report(topic, topic + CommitFailure.MARKER, "statement.issued", "2019-01-15"))
                .statusCode(greaterThanOrEqualTo(500));
        append(report(topic, topic + "-1", "meeting.held", "2019-01-14")).statusCode(200);
        append(report(topic, topic + "-3", "statement.issued", "2019-01-20")).statusCode(201);

        String live = given().get("/api/topics/" + topic).then().statusCode(200).extract().asString();
        assertEquals(2, JsonPath.from(live).getInt("eventCount"), live);
        assertEquals(2, given().get("/api/topics/" + topic + "/timeline").then().statusCode(200).extract()
                .jsonPath().getList("$").size());
        given().post("/api/admin/projections/rebuild").then().statusCode(200);
        assertEquals(live, given().get("/api/topics/" + topic).then().statusCode(200).extract().asString());
    }

    private static Map<String, Object> report(String topic, String id, String type, String date) {
        return Map.of("id", id, "topicId", topic, "type", type, "occurredAt", date);
    }
}
