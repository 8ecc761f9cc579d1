package org.negotiationtracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Input a fuzzer or a broken feed sends: never a 5xx, always a problem+json that says what is wrong, and nothing
 * of it in the log or the read models.
 */
@QuarkusTest
class MalformedInputTest {

    private static final String PROBLEM = "application/problem+json";

    private static ValidatableResponse refused(String path, byte[] body) {
        long before = head();
        ValidatableResponse response = given().contentType(ContentType.JSON).body(body).post(path).then()
                .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500))).contentType(PROBLEM);
        assertEquals(before, head(), "a refused request must not change the log");
        return response;
    }

    private static ValidatableResponse refused(String path, String body) {
        return refused(path, body.getBytes(StandardCharsets.UTF_8));
    }

    private static ValidatableResponse refusedGet(String path) {
        return given().urlEncodingEnabled(false).get(path).then()
                .statusCode(allOf(greaterThanOrEqualTo(400), lessThan(500))).contentType(PROBLEM);
    }

    private static String event(String topic, String id, String summary) {
        return "{\"id\": \"" + id + "\", \"topicId\": \"" + topic + "\", \"type\": \"statement.issued\","
                + " \"occurredAt\": \"2019-01-14\", \"actors\": [{\"name\": \"Sergey Lavrov\"}], \"summary\": \""
                + summary + "\"}";
    }

    @Test
    void aNulCharacterInAnyTextIsRefusedWithItsPointer() {
        String topic = newTopic("nul");
        refused("/api/events", event(topic, "nul-1", "a\\u0000b")).statusCode(422)
                .body("errors.pointer", hasItem("/summary"));
        refused("/api/events", event(topic, "nul\\u0000id", "fine")).statusCode(422)
                .body("errors.pointer", hasItem("/id"));
        refused("/api/events", "{\"topicId\": \"" + topic + "\", \"type\": \"meeting.held\", \"occurredAt\":"
                + " \"2019-01-14\", \"actors\": [{\"name\": \"Taro\\u0000Kono\"}]}").statusCode(422)
                .body("errors.pointer", hasItem("/actors/0/name"));
        refused("/api/topics", "{\"id\": \"nul-topic\", \"title\": \"T\\u0000\", \"parties\": [\"Russia\"]}")
                .statusCode(422).body("errors.pointer", hasItem("/title"));
    }

    @Test
    void aNulCharacterInAPathOrQueryIsAProblem() {
        refusedGet("/api/topics/%00");
        refusedGet("/api/topics/%00/timeline");
        refusedGet("/api/events?topic=%00");
    }

    @Test
    void anAsOfDateOutsideTheSupportedRangeIsAProblem() {
        String topic = newTopic("as-of-range");
        for (String asOf : new String[] {"+5874898-01-01", "-4714-01-01", "+999999998-12-31", "0000-01-01"}) {
            refusedGet("/api/topics/" + topic + "?asOf=" + asOf).statusCode(400)
                    .body("detail", containsString("asOf"));
            refusedGet("/api/topics/" + topic + "/timeline?asOf=" + asOf).statusCode(400);
        }
    }

    @Test
    void duplicateKeysAreRefusedNotResolvedByTheLastOne() {
        String topic = newTopic("duplicate-keys");
        refused("/api/events", "{\"topicId\": \"" + topic + "\", \"type\": \"meeting.held\", \"type\":"
                + " \"statement.issued\", \"occurredAt\": \"2019-01-14\"}").statusCode(400)
                .body("detail", containsString("type"));
        refused("/api/topics", "{\"id\": \"dup-topic\", \"id\": \"other-topic\", \"title\": \"T\"}").statusCode(400);
        refused("/api/articles", "{\"title\": \"A\", \"title\": \"B\", \"text\": \"Ministers met in Moscow on"
                + " Monday.\", \"publisher\": \"P\", \"url\": \"https://example.org/a\", \"publishedAt\":"
                + " \"2019-01-16\"}").statusCode(400);
    }

    @Test
    void invalidUtf8IsRefusedNotRepaired() {
        String topic = newTopic("utf8");
        byte[] overlongSlash = {(byte) 0xC0, (byte) 0xAF};
        byte[] pastTheLastCodePoint = {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80};
        byte[] encodedSurrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
        for (byte[] bad : new byte[][] {overlongSlash, pastTheLastCodePoint, encodedSurrogate}) {
            refused("/api/events", withBytes(event(topic, "utf8-", "x"), "\"utf8-", bad)).statusCode(400)
                    .body("detail", containsString("UTF-8"));
        }
    }

    @Test
    void aByteOrderMarkOrALeadingNulIsRefusedNotSkipped() {
        String event = event(newTopic("encoding-mark"), "mark-1", "x");
        byte[] json = event.getBytes(StandardCharsets.UTF_8);
        for (byte[] start : new byte[][] {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {0, 0, 0}, {0}}) {
            byte[] body = new byte[start.length + json.length];
            System.arraycopy(start, 0, body, 0, start.length);
            System.arraycopy(json, 0, body, start.length, json.length);
            refused("/api/events", body).statusCode(400).body("type", containsString("malformed-json"));
        }
    }

    @Test
    void aLoneSurrogateIsRefused() {
        String topic = newTopic("surrogate");
        refused("/api/events", event(topic, "lone-\\ud800", "x")).statusCode(422)
                .body("errors.pointer", hasItem("/id"));
        refused("/api/events", event(topic, "lone-2", "low \\udc00 first")).statusCode(422)
                .body("errors.pointer", hasItem("/summary"));
    }

    @Test
    void anEmptyExpectedVersionIsNotNoCondition() {
        String topic = newTopic("expected-empty");
        refused("/api/events", "{\"topicId\": \"" + topic + "\", \"type\": \"meeting.held\", \"occurredAt\":"
                + " \"2019-01-14\", \"expectedVersion\": \"\"}").statusCode(422)
                .body("errors[0].pointer", equalTo("/expectedVersion"));
    }

    @Test
    void aTopicIdTooLongForAnyTopicIsAProblemWithABody() {
        refusedGet("/api/topics/" + "x".repeat(10_000)).body("detail", containsString("id"));
    }

    @Test
    void aHugeInvalidBatchGetsAShortAnswer() {
        String body = "[" + "{},".repeat(49_999) + "{}]";
        refused("/api/events", body).statusCode(422)
                .body("errors.size()", lessThanOrEqualTo(100))
                .body("detail", containsString("more"));
    }

    @Test
    void aRefusedAppendLeavesNoTraceInTheState() {
        String topic = newTopic("no-ghost");
        append(Map.of("id", topic + "-1", "topicId", topic, "type", "meeting.held", "occurredAt", "2019-01-14"))
                .statusCode(201);
        refused("/api/events", event(topic, topic + "-2", "a\\u0000b"));
        append(Map.of("id", topic + "-1", "topicId", topic, "type", "meeting.held", "occurredAt", "2019-01-14"))
                .statusCode(200);
        append(Map.of("id", topic + "-3", "topicId", topic, "type", "statement.issued", "occurredAt", "2019-01-20"))
                .statusCode(201);
        String live = given().get("/api/topics/" + topic).then().statusCode(200).extract().asString();
        assertEquals(2, JsonPath.from(live).getInt("eventCount"), live);
        given().post("/api/admin/projections/rebuild").then().statusCode(200);
        assertEquals(live, given().get("/api/topics/" + topic).then().statusCode(200).extract().asString());
    }

    /** The JSON with raw bytes spliced in right after the first occurrence of {@code marker}. */
    private static byte[] withBytes(String json, String marker, byte[] raw) {
        int at = json.indexOf(marker) + marker.length();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(json.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.writeBytes(raw);
        out.writeBytes(json.substring(at).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
