package org.negotiationtracker.articles;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.negotiationtracker.projection.ReferenceScenario;

/** The corpus articles as a feed would post them: the text read from the corpus, publisher and date from gold.json. */
final class CorpusArticles {

    private final ReferenceScenario scenario;
    /** The corpus file each stored report came from, by event id. */
    final Map<String, String> fileOfReport = new HashMap<>();

    CorpusArticles(ReferenceScenario scenario) {
        this.scenario = scenario;
    }

    Iterable<JsonNode> annotations() {
        return scenario.gold.get("articles");
    }

    JsonNode annotation(String file) {
        for (JsonNode article : annotations()) {
            if (article.get("file").asText().equals(file)) {
                return article;
            }
        }
        throw new IllegalArgumentException(file + " is not in gold.json");
    }

    /** Posts one corpus article, waits for its events, and records which file each of them came from. */
    JsonNode post(String file, int expectedStatus) {
        JsonNode annotation = annotation(file);
        String text = scenario.articleText(file);
        Map<String, Object> article = new HashMap<>();
        article.put("title", text.strip().lines().findFirst().orElseThrow().strip());
        article.put("text", text);
        article.put("publisher", annotation.get("publisher").asText());
        article.put("publishedAt", annotation.get("publishedAt").asText());
        JsonNode answer = ArticlesApiTest.read(InventedArticles.postAndWait(article).statusCode(expectedStatus).extract()
                .asString());
        answer.get("events").forEach(event -> fileOfReport.put(event.get("id").asText(), file));
        return answer;
    }
}
