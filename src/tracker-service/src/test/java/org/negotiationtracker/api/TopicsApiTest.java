package org.negotiationtracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;
import static org.negotiationtracker.api.TrackerApi.registerTopic;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TopicsApiTest {

    private static Map<String, Object> topic(String id) {
        return Map.of("id", id, "title", "Peace treaty", "parties", List.of("Russia", "Japan"),
                "aliases", List.of("Southern Kurils"), "disputedItems", List.of("Shikotan"),
                "basisDocuments", List.of(Map.of("name", "Joint Declaration", "signed", "1956-10-19")));
    }

    @Test
    void registrationIsIdempotentById() {
        String id = "registration-" + System.nanoTime();
        int position = registerTopic(topic(id)).statusCode(201)
                .header("Location", endsWith("/api/topics/" + id))
                .body("duplicate", is(false)).extract().path("position");

        registerTopic(topic(id)).statusCode(200).body("duplicate", is(true)).body("position", is(position));
    }

    @Test
    void reRegisteringAnIdWithAnotherDefinitionIsAConflict() {
        String id = "redefined-" + System.nanoTime();
        registerTopic(topic(id)).statusCode(201);
        Map<String, Object> other = new HashMap<>(topic(id));
        other.put("title", "Something else");

        registerTopic(other).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aTopicNeedsAnIdTitleAndTwoParties() {
        registerTopic(Map.of("id", "Not A Slug", "parties", List.of("Russia"))).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.pointer", equalTo(List.of("/id", "/parties", "/title")))
                .body("errors[1].detail", equalTo("must name at least two parties"));
    }

    @Test
    void theNewTopicShowsItsDefinitionBeforeAnyEvent() {
        String id = "fresh-" + System.nanoTime();
        registerTopic(topic(id)).statusCode(201);

        given().get("/api/topics/" + id).then().statusCode(200)
                .body("parties", equalTo(List.of("Russia", "Japan")))
                .body("aliases", equalTo(List.of("Southern Kurils")))
                .body("basisDocuments[0].signed", equalTo("1956-10-19"))
                .body("status", equalTo("registered"))
                .body("lastMeetingHeld", nullValue())
                .body("eventCount", is(0))
                .body("version", is(1));
    }

    @Test
    void listsEveryTopicWithASummary() {
        String id = newTopic("listed");
        append(meeting(id, "2019-01-14", "Sergey Lavrov", "Taro Kono")).statusCode(201);

        given().get("/api/topics").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.lastMeetingHeld.date", equalTo("2019-01-14"))
                .body("find { it.id == '" + id + "' }.eventCount", is(1))
                .body("id", hasItem(id));
    }

    @Test
    void aClientReadsItsOwnWriteImmediately() {
        String id = newTopic("read-own-write");
        for (int day = 10; day < 20; day++) {
            int version = append(meeting(id, "2019-01-" + day, "Lavrov")).statusCode(201)
                    .extract().path("events[0].topicVersion");
            given().get("/api/topics/" + id).then().body("version", is(version))
                    .body("lastMeetingHeld.date", equalTo("2019-01-" + day));
        }
    }

    @Test
    void timelineCorroboratesReportsOfTheSameMeeting() {
        String id = newTopic("corroborated");
        Map<String, Object> tass = new HashMap<>(meeting(id, "2019-01-14", "Sergey Lavrov", "Taro Kono"));
        tass.put("source", Map.of("publisher", "TASS", "publishedAt", "2019-01-16"));
        Map<String, Object> kyodo = new HashMap<>(meeting(id, "2019-01-14", "Taro Kono"));
        kyodo.put("source", Map.of("publisher", "Kyodo", "publishedAt", "2019-02-12"));
        Map<String, Object> other = new HashMap<>(meeting(id, "2019-02-16", "Sergey Lavrov"));
        append(List.of(other, tass, kyodo)).statusCode(201);

        given().get("/api/topics/" + id + "/timeline").then().statusCode(200)
                .body("occurredAt", equalTo(List.of("2019-01-14", "2019-02-16")))
                .body("[0].sourceCount", is(2))
                .body("[0].sources.publisher", equalTo(List.of("TASS", "Kyodo")))
                .body("[0].reportIds", hasSize(2))
                .body("[0]", not(hasKey("sourceKeys")))
                .body("[0]", not(hasKey("actorKeys")));
        given().get("/api/topics/" + id).then()
                .body("eventCount", is(2)).body("reportCount", is(3)).body("distinctSources", is(2));
    }

    @Test
    void asOfShowsTheStateAsItStoodOnThatDate() {
        String id = newTopic("as-of");
        append(List.of(meeting(id, "2019-01-14", "Lavrov"), meeting(id, "2019-02-16", "Kono"))).statusCode(201);

        given().queryParam("asOf", "2019-01-31").get("/api/topics/" + id).then().statusCode(200)
                .body("asOf", equalTo("2019-01-31"))
                .body("lastMeetingHeld.date", equalTo("2019-01-14"))
                .body("eventCount", is(1));
        given().queryParam("asOf", "2019-01-31").get("/api/topics/" + id + "/timeline").then()
                .body("occurredAt", equalTo(List.of("2019-01-14")));
        given().queryParam("asOf", "2018-12-31").get("/api/topics/" + id + "/timeline").then()
                .body("", hasSize(0));
    }

    @Test
    void unknownTopicsAndBadDatesAreProblems() {
        given().get("/api/topics/no-such-topic").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("no-such-topic"));
        given().get("/api/topics/no-such-topic/timeline").then().statusCode(404);
        given().queryParam("asOf", "2019-02-30").get("/api/topics/" + newTopic("bad-as-of")).then()
                .statusCode(400).body("detail", containsString("asOf must be a calendar date YYYY-MM-DD"));
    }
}
