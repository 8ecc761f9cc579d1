package org.negotiationtracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.REPORTS;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * POST /api/events/import: NDJSON and CSV streamed in chunks (50 events a chunk in the tests), each line checked and
 * refused alone, a retry appending nothing twice, and what it appended read back through the log and the read models.
 */
@QuarkusTest
class ImportApiTest {

    private static final String NDJSON = "application/x-ndjson";
    private static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String meetingLine(String topic, int day, String actor) {
        return "{\"topicId\":\"" + topic + "\",\"type\":\"meeting.held\",\"occurredAt\":\"2019-01-"
                + String.format("%02d", 1 + day % 28) + "\",\"actors\":[{\"name\":\"" + actor + "\"}],"
                + "\"summary\":\"session " + day + "\"}";
    }

    private static String meetings(String topic, int count) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append(meetingLine(topic, i, "Envoy " + i)).append('\n');
        }
        return lines.toString();
    }

    private static ValidatableResponse importNdjson(String body) {
        return given().contentType(NDJSON).accept("application/json").body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/events/import").then();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream zipped = new GZIPOutputStream(bytes)) {
            zipped.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void importsLinesAcrossSeveralChunksWithTopicVersionsInOrder() {
        String topic = newTopic("import-chunks");
        long before = head();

        long position = importNdjson(meetings(topic, 120)).statusCode(201)
                .body("lines", is(120)).body("appended", is(120)).body("duplicates", is(0))
                .body("refused", is(0)).body("chunks", is(3)).body("refusals", hasSize(0))
                .extract().jsonPath().getLong("position");

        assertEquals(before + 120, position);
        List<Integer> versions = given().queryParam("after", before).queryParam("topic", topic)
                .queryParam("limit", 1000).get("/api/events").then().statusCode(200)
                .body(REPORTS, hasSize(120))
                .body(REPORTS + "[0].summary", equalTo("session 0"))
                .body(REPORTS + "[119].summary", equalTo("session 119"))
                .extract().jsonPath().getList(REPORTS + ".topicVersion", Integer.class);
        for (int i = 0; i < versions.size(); i++) {
            assertEquals(i + 2, versions.get(i), "topic versions follow the lines, after the registration's 1");
        }
        given().queryParam("minPosition", position).get("/api/topics/" + topic).then().statusCode(200)
                .body("reportCount", is(120));
    }

    @Test
    void aRetryOfTheSameFileAppendsNothingTwice() throws IOException {
        String topic = newTopic("import-retry");
        String file = meetings(topic, 70);
        importNdjson(file).statusCode(201).body("appended", is(70));
        long after = head();

        importNdjson(file).statusCode(200).body("appended", is(0)).body("duplicates", is(70))
                .body("refused", is(0));
        given().contentType(NDJSON).header("Content-Encoding", "gzip").body(gzip(file)).post("/api/events/import")
                .then().statusCode(200).body("duplicates", is(70));

        assertEquals(after, head(), "a retry must not append");
    }

    @Test
    void textWithTabsBackslashesLineBreaksAndAnyScriptIsStoredAsSent() throws IOException {
        String topic = newTopic("import-escapes");
        String summary = "tab\tback\\slash\nline \"quoted\" \\N Сергей Лавров — 東京 \uD83D\uDE00";
        String location = "\\\\server\\share";
        String line = JSON.writeValueAsString(Map.of("topicId", topic, "type", "statement.issued",
                "occurredAt", "2019-05-01", "summary", summary, "location", location));

        importNdjson(line + "\n").statusCode(201).body("appended", is(1));

        given().queryParam("topic", topic).get("/api/events").then()
                .body(REPORTS + "[0].summary", equalTo(summary))
                .body(REPORTS + "[0].location", equalTo(location));
    }

    @Test
    void aRefusedLineRefusesItselfOnlyWithItsLineNumberAndPointer() {
        String topic = newTopic("import-refusals");
        String file = meetingLine(topic, 1, "A") + "\n"
                + "\n"
                + "{\"topicId\":\"" + topic + "\",\"type\":\"meeting.held\"}\n"
                + "{not json\n"
                + meetingLine("import-no-such-topic", 2, "B") + "\n"
                + meetingLine(topic, 3, "C") + "\n";

        importNdjson(file).statusCode(201)
                .body("lines", is(6)).body("appended", is(2)).body("refused", is(3))
                .body("refusals.line", equalTo(List.of(3, 4, 5)))
                .body("refusals[0].pointer", equalTo("/occurredAt"))
                .body("refusals[0].detail", containsString("is required"))
                .body("refusals[1].pointer", equalTo(""))
                .body("refusals[1].detail", containsString("malformed JSON"))
                .body("refusals[2].pointer", equalTo("/topicId"))
                .body("refusals[2].detail", containsString("not registered"));
        given().queryParam("topic", topic).get("/api/events").then()
                .body(REPORTS + ".actors.name.flatten()", equalTo(List.of("A", "C")));
    }

    @Test
    void aLineIsRefusedWithTheProblemPostApiEventsAnswersForTheSameBody() {
        String topic = newTopic("import-same-checks");
        String valid = "{\"topicId\":\"" + topic + "\",\"type\":\"meeting.held\",\"occurredAt\":\"2019-01-14\"";
        List<String> bodies = List.of(
                valid + ",\"venue\":\"Moscow\"}",
                valid + ",\"location\":\"Moscow\",\"location\":\"Tokyo\"}",
                valid + ",\"summary\":\"nul \\u0000 here\"}",
                valid + ",\"summary\":\"lone \\ud800 here\"}",
                valid + ",\"metadata\":{\"k\\u0000\":\"v\"}}",
                valid + ",\"summary\":42}",
                valid + ",\"actors\":[{\"name\":\"\"}]}",
                valid + "} {}",
                valid + ",\"expectedVersion\":\"2\"}",
                "{\"topicId\":\"" + topic + "\",\"type\":\"meeting.hold\",\"occurredAt\":\"2019-01-14\"}",
                "{\"topicId\":\"" + topic + "\",\"type\":\"meeting.held\",\"occurredAt\":\"2019-13-01\"}",
                "{\"topicId\":\"" + topic + "\",\"type\":\"topic.registered\",\"occurredAt\":\"2019-01-14\"}",
                "\"" + topic + "\"",
                "{\"topicId\":\"" + topic + "\",\"type\":\"meeting.held\",\"occurredAt\":\"2019-01-14\",}");

        ValidatableResponse imported = importNdjson(String.join("\n", bodies)).statusCode(200)
                .body("refused", is(bodies.size()));
        for (int i = 0; i < bodies.size(); i++) {
            JsonNode answer = readJson(TrackerApi.append(bodies.get(i)).extract().asString());
            JsonNode errors = answer.path("errors");
            String pointer = errors.isEmpty() ? "" : errors.get(0).get("pointer").asText();
            String detail = errors.size() == 1 ? errors.get(0).get("detail").asText() : answer.get("detail").asText();
            imported.body("refusals[" + i + "].line", is(i + 1))
                    .body("refusals[" + i + "].pointer", equalTo(pointer));
            if (errors.size() <= 1) {
                imported.body("refusals[" + i + "].detail", equalTo(detail));
            }
        }
    }

    private static JsonNode readJson(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRepeatedIdWithOtherContentIsRefusedAndAnExpectedVersionIsHeld() {
        String topic = newTopic("import-ids");
        String first = "{\"id\":\"imp-" + topic + "\",\"topicId\":\"" + topic
                + "\",\"type\":\"meeting.held\",\"occurredAt\":\"2019-01-01\"}";
        String conflicting = first.replace("2019-01-01", "2019-01-02");
        String versioned = "{\"topicId\":\"" + topic + "\",\"type\":\"statement.issued\",\"occurredAt\":\"2019-01-03\","
                + "\"expectedVersion\":2}";
        String stale = "{\"topicId\":\"" + topic + "\",\"type\":\"statement.issued\",\"occurredAt\":\"2019-01-04\","
                + "\"expectedVersion\":2}";

        importNdjson(String.join("\n", first, first, conflicting, versioned, stale)).statusCode(201)
                .body("appended", is(2)).body("duplicates", is(1)).body("refused", is(2))
                .body("refusals.line", equalTo(List.of(3, 5)))
                .body("refusals.pointer", equalTo(List.of("/id", "/expectedVersion")));
    }

    @Test
    void gzipBodiesAreReadAndBrokenGzipIsAProblem() throws IOException {
        String topic = newTopic("import-gzip");
        given().contentType(NDJSON).header("Content-Encoding", "gzip").body(gzip(meetings(topic, 60)))
                .post("/api/events/import").then().statusCode(201).body("appended", is(60)).body("chunks", is(2));

        long before = head();
        given().contentType(NDJSON).header("Content-Encoding", "gzip").body("not gzip at all".getBytes())
                .post("/api/events/import").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:negotiation-tracker:problem:unreadable-body"))
                .body("detail", containsString("gzip"));
        byte[] cut = gzip(meetings(topic, 200).replace("Envoy", "Delegate"));
        byte[] truncated = java.util.Arrays.copyOf(cut, cut.length / 2);
        given().contentType(NDJSON).header("Content-Encoding", "gzip").body(truncated)
                .post("/api/events/import").then().statusCode(400).contentType(PROBLEM)
                .body("detail", containsString("send the whole file again"));
        assertTrue(head() >= before, "chunks committed before the break stay");
        given().contentType(NDJSON).header("Content-Encoding", "br").body("{}".getBytes(StandardCharsets.UTF_8)).post("/api/events/import")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void anUnsupportedMediaTypeIsAProblem() {
        given().contentType("application/xml").body("<events/>".getBytes(StandardCharsets.UTF_8)).post("/api/events/import").then()
                .statusCode(415).contentType(PROBLEM).body("detail", containsString("application/x-ndjson"));
        given().contentType(NDJSON).queryParam("date", "Date").body("{}".getBytes(StandardCharsets.UTF_8)).post("/api/events/import").then()
                .statusCode(400).contentType(PROBLEM);
    }

    @Test
    void progressIsStreamedOneLinePerChunkWhenAsked() throws IOException {
        String topic = newTopic("import-progress");
        String answer = given().contentType(NDJSON).accept(NDJSON)
                .body(meetings(topic, 110).getBytes(StandardCharsets.UTF_8))
                .post("/api/events/import").then().statusCode(200).contentType(NDJSON).extract().asString();

        List<JsonNode> lines = new ArrayList<>();
        for (String line : answer.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertEquals(4, lines.size(), answer);
        assertEquals(List.of(50, 100, 110), lines.subList(0, 3).stream()
                .map(line -> line.get("progress").get("lines").asInt()).toList());
        assertEquals(110, lines.get(3).get("report").get("appended").asInt());
        long position = lines.get(3).get("report").get("position").asLong();
        assertEquals(position, lines.get(2).get("progress").get("position").asLong());
    }

    @Test
    void csvRowsAreMappedToEventsByTheDeclaredColumns() {
        String topic = newTopic("import-csv");
        String csv = "Date,Kind,Who,Where,Notes,Outlet,Link\n"
                + "2019-01-14,Meeting held,Sergey Lavrov (Russia); Taro Kono (Japan),Moscow,\"Talks, first round\","
                + "TASS,https://tass.example/1\n"
                + "2019-02-16,meeting.held,Taro Kono,Munich,Second round,Kyodo,\n"
                + "someday,meeting.held,Taro Kono,Munich,,Kyodo,\n"
                + "2019-03-01,dinner,Taro Kono,Munich,,Kyodo,\n";

        long position = given().contentType("text/csv").queryParam("topic", topic).queryParam("date", "Date")
                .queryParam("type", "Kind").queryParam("actors", "Who").queryParam("location", "Where")
                .queryParam("summary", "Notes").queryParam("publisher", "Outlet").queryParam("sourceUrl", "Link")
                .body(csv).post("/api/events/import").then().statusCode(201)
                .body("appended", is(2)).body("refused", is(2))
                .body("refusals.line", equalTo(List.of(4, 5)))
                .body("refusals[0].pointer", equalTo("/occurredAt"))
                .body("refusals[0].column", equalTo("Date"))
                .body("refusals[1].column", equalTo("Kind"))
                .extract().jsonPath().getLong("position");

        given().queryParam("topic", topic).get("/api/events").then()
                .body(REPORTS + "[0].type", equalTo("meeting.held"))
                .body(REPORTS + "[0].actors.name", equalTo(List.of("Sergey Lavrov", "Taro Kono")))
                .body(REPORTS + "[0].actors.country", equalTo(List.of("Russia", "Japan")))
                .body(REPORTS + "[0].summary", equalTo("Talks, first round"))
                .body(REPORTS + "[0].source.url", equalTo("https://tass.example/1"))
                .body(REPORTS + "[1].location", equalTo("Munich"));
        given().queryParam("minPosition", position).get("/api/topics/" + topic + "/timeline").then()
                .statusCode(200).body("occurredAt", equalTo(List.of("2019-01-14", "2019-02-16")));
    }

    @Test
    void aCsvMappingThatDoesNotFitIsAProblem() {
        String topic = newTopic("import-csv-mapping");
        given().contentType("text/csv").queryParam("topic", topic).queryParam("eventType", "meeting.held")
                .queryParam("date", "When").body("Date\n2019-01-01\n").post("/api/events/import").then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("no column When"));
        given().contentType("text/csv").queryParam("eventType", "meeting.held").queryParam("date", "Date")
                .body("Date\n2019-01-01\n").post("/api/events/import").then()
                .statusCode(400).contentType(PROBLEM).body("detail", containsString("topic"));
    }
}
