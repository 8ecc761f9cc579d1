package org.negotiationtracker.articles;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.registerTopic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.evaluation.ExpectedStateCheck;
import org.negotiationtracker.projection.ReferenceScenario;

/**
 * Structured events for two corpus articles and the raw text of the other two: the same gold state, and
 * the meeting that a structured report and an article both report is one timeline entry with both sources.
 */
@QuarkusTest
@TestProfile(EmptyLogProfile.Another.class)
class CorpusMixedTest {

    private static final String TOPIC = "corpus-mixed";
    private static final Set<String> STRUCTURED = Set.of("000_513c5faf2f23191b.txt", "001_6ea8f240bc748aa8.txt");

    @Test
    void structuredEventsAndArticlesCorroborateEachOther() {
        ReferenceScenario scenario = ReferenceScenario.load();
        CorpusArticles corpus = new CorpusArticles(scenario);
        registerTopic(scenario.topicAs(TOPIC)).statusCode(201);
        List<ObjectNode> structured = scenario.eventsFor(TOPIC, "-mixed").stream()
                .filter(event -> STRUCTURED.contains(event.at("/metadata/article").asText())).toList();
        structured.forEach(event -> corpus.fileOfReport.put(event.get("id").asText(),
                event.at("/metadata/article").asText()));

        JsonNode answer = corpus.post("003_77df60915854e1a6.txt", 201);
        assertEquals(TOPIC, answer.at("/topic/id").asText(), answer.toString());
        append(structured).statusCode(201);
        answer = corpus.post("002_3d1ef4434a86e21a.txt", 201);
        assertEquals(TOPIC, answer.at("/topic/id").asText(), answer.toString());

        JsonNode state = ArticlesApiTest.read(given().get("/api/topics/" + TOPIC).then().statusCode(200).extract()
                .asString());
        JsonNode timeline = ArticlesApiTest.read(given().get("/api/topics/" + TOPIC + "/timeline").then()
                .statusCode(200).extract().asString());
        assertEquals(List.of(), ExpectedStateCheck.differences(scenario.gold.get("expectedState"), state, timeline,
                corpus.fileOfReport::get));

        JsonNode moscow = StreamSupport.stream(timeline.spliterator(), false)
                .filter(e -> e.get("type").asText().equals("meeting.held")
                        && e.get("occurredAt").asText().equals("2019-01-14")).findFirst().orElseThrow();
        Set<String> publishers = new HashSet<>();
        moscow.get("sources").forEach(source -> publishers.add(source.get("publisher").asText()));
        assertEquals(Set.of(corpus.annotation("001_6ea8f240bc748aa8.txt").get("publisher").asText(),
                corpus.annotation("003_77df60915854e1a6.txt").get("publisher").asText()), publishers, moscow.toString());
        assertTrue(StreamSupport.stream(moscow.get("reportIds").spliterator(), false)
                .anyMatch(id -> id.asText().startsWith("article-")), "an extracted report: " + moscow);
        assertTrue(StreamSupport.stream(moscow.get("reportIds").spliterator(), false)
                .anyMatch(id -> id.asText().startsWith("gold-001-")), "a structured report: " + moscow);
    }
}
