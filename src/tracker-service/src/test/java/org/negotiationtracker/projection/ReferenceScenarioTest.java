package org.negotiationtracker.projection;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.registerTopic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.evaluation.ExpectedStateCheck;

/**
 * The four articles of the shared corpus, encoded as structured events and posted through the API,
 * must give the state the gold annotation expects: whatever order the events arrive in.
 */
@QuarkusTest
class ReferenceScenarioTest {

    private ReferenceScenario scenario;

    @BeforeEach
    void load() {
        scenario = ReferenceScenario.load();
    }

    @Test
    void theFixtureEncodesEveryAnnotatedEvent() {
        List<String> annotated = new ArrayList<>();
        for (JsonNode article : scenario.gold.get("articles")) {
            for (JsonNode event : article.get("events")) {
                annotated.add(article.get("file").asText() + " " + event.get("type").asText() + " "
                        + event.get("date").asText());
            }
        }
        List<String> encoded = scenario.events.stream().map(event -> event.at("/metadata/article").asText() + " "
                + event.get("type").asText() + " " + event.path("plannedFor").asText(event.get("occurredAt").asText()))
                .toList();
        assertEquals(new TreeSet<>(annotated), new TreeSet<>(encoded));
        assertEquals(annotated.size(), encoded.size());
        assertEquals(scenario.gold.at("/topic/id").asText(), scenario.topic.get("id").asText());
    }

    @Test
    void theProjectedStateMatchesTheGoldExpectation() {
        String topicId = scenario.topic.get("id").asText();
        registerTopic(scenario.topic).statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        for (ObjectNode event : scenario.events) {
            append(event).statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
        JsonNode state = get("/api/topics/" + topicId);
        JsonNode timeline = getArray("/api/topics/" + topicId + "/timeline");
        Map<String, String> articleOfReport = new HashMap<>();
        scenario.events.forEach(e -> articleOfReport.put(e.get("id").asText(), e.at("/metadata/article").asText()));

        assertEquals(List.of(), ExpectedStateCheck.differences(scenario.gold.get("expectedState"), state, timeline,
                articleOfReport::get));
    }

    @Test
    void theStateIsTheSameWhateverOrderTheEventsArriveIn() {
        JsonNode reference = replay("ordered", scenario.events.size(), new ArrayList<>(
                scenario.eventsFor("scenario-ordered", "-0")), "scenario-ordered");
        for (long seed = 1; seed <= 3; seed++) {
            String topicId = "scenario-shuffled-" + seed;
            List<ObjectNode> events = new ArrayList<>(scenario.eventsFor(topicId, "-" + seed));
            Collections.shuffle(events, new Random(seed));
            JsonNode shuffled = replay(topicId, scenario.events.size(), events, topicId);
            assertEquals(normalized(reference, "scenario-ordered", "-0"), normalized(shuffled, topicId, "-" + seed),
                    "state after arrival order " + events.stream().map(e -> e.get("id").asText()).toList());
        }
    }

    private JsonNode replay(String label, int expectedEvents, List<ObjectNode> events, String topicId) {
        registerTopic(scenario.topicAs(topicId)).statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        events.forEach(event -> append(event).statusCode(org.hamcrest.Matchers.oneOf(200, 201)));
        ObjectNode both = ReferenceScenario.JSON.createObjectNode();
        both.set("state", get("/api/topics/" + topicId));
        both.set("timeline", getArray("/api/topics/" + topicId + "/timeline"));
        assertEquals(expectedEvents, both.at("/state/reportCount").asInt(), label);
        return both;
    }

    /** The state with the replay's own ids and log positions taken out. */
    private static JsonNode normalized(JsonNode state, String topicId, String idSuffix) {
        String text = state.toString().replace(topicId, "TOPIC").replace(idSuffix + "\"", "\"");
        ObjectNode copy = (ObjectNode) read(text);
        ((ObjectNode) copy.get("state")).remove(List.of("position", "title"));
        return copy;
    }

    private static JsonNode get(String path) {
        return read(given().get(path).then().statusCode(200).extract().asString());
    }

    private static JsonNode getArray(String path) {
        return get(path);
    }

    private static JsonNode read(String text) {
        try {
            return ReferenceScenario.JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
