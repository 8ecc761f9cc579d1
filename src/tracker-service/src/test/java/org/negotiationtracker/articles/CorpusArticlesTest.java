package org.negotiationtracker.articles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.api.TrackerApi.registerTopic;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.evaluation.ExpectedStateCheck;
import org.negotiationtracker.projection.ReferenceScenario;

/**
 * The four corpus articles posted as raw text must give the state the gold annotation expects, the same
 * as their structured encoding gives it; posting them again in another order changes nothing.
 */
@QuarkusTest
@TestProfile(EmptyLogProfile.class)
class CorpusArticlesTest {

    private static final String TOPIC = "corpus-articles";

    @Test
    void theArticlesGiveTheGoldStateAndPostingOrExtractingThemAgainChangesNothing() {
        ReferenceScenario scenario = ReferenceScenario.load();
        CorpusArticles corpus = new CorpusArticles(scenario);
        registerTopic(scenario.topicAs(TOPIC)).statusCode(201);
        List<String> files = new ArrayList<>();
        corpus.annotations().forEach(article -> files.add(article.get("file").asText()));

        List<String> reversed = new ArrayList<>(files);
        java.util.Collections.reverse(reversed);
        for (String file : reversed) {
            JsonNode answer = corpus.post(file, 201);
            assertEquals(TOPIC, answer.at("/topic/id").asText(), file + ": " + answer);
        }
        JsonNode state = ArticlesApiTest.read(given().get("/api/topics/" + TOPIC).then().statusCode(200).extract()
                .asString());
        String timeline = given().get("/api/topics/" + TOPIC + "/timeline").then().statusCode(200).extract()
                .asString();
        long head = head();

        for (String file : files) {
            assertTrue(corpus.post(file, 200).get("duplicate").asBoolean(), file);
        }
        assertEquals(head, head(), "reposting appends nothing");
        given().post("/api/admin/articles/reextract").then().statusCode(200)
                .body("articlesExamined", is(files.size()))
                .body("articlesChanged", is(0));
        assertEquals(head, head(), "extracting them again with the same extractor appends nothing");
        given().post("/api/admin/projections/rebuild").then().statusCode(200);
        assertEquals(state, ArticlesApiTest.read(given().get("/api/topics/" + TOPIC).then().extract().asString()),
                "the state folded again from the log");
        assertEquals(timeline, given().get("/api/topics/" + TOPIC + "/timeline").then().extract().asString());

        assertEquals(List.of(), ExpectedStateCheck.differences(scenario.gold.get("expectedState"), state,
                ArticlesApiTest.read(timeline), corpus.fileOfReport::get));
    }
}
