package org.negotiationtracker.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.negotiationtracker.articles.InventedArticles.TOPIC;
import static org.negotiationtracker.articles.InventedArticles.article;
import static org.negotiationtracker.articles.InventedArticles.marker;
import static org.negotiationtracker.articles.InventedArticles.meetingText;
import static org.negotiationtracker.articles.InventedArticles.postAndWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.articles.InventedArticles;

/** A topic's live stream carries a posted article, then the events extracted from it, each with its state. */
@QuarkusTest
class ArticleStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    @Test
    void theTopicStreamCarriesTheArticleThenItsEventsEachWithTheNewState() throws Exception {
        InventedArticles.registerTopic();
        try (SseClient client = SseClient.connect(base, "api/topics/" + TOPIC + "/stream", null)) {
            JsonNode answer = JSON.readTree(postAndWait(article(meetingText(marker()),
                    "https://wire.example/stream/" + marker(), "2021-03-05")).statusCode(201).extract().asString());
            JsonNode events = answer.get("events");
            long last = events.get(events.size() - 1).get("position").asLong();

            List<SseClient.Message> received = client.eventsUntil(last, Duration.ofSeconds(30));
            assertEquals("state", received.get(0).event(), "the stream opens with the topic's state");
            assertEquals("article.received", received.get(1).event());
            assertEquals(answer.get("articleId").asText(), JSON.readTree(received.get(1).data()).get("id").asText());
            assertEquals(answer.at("/article/position").asLong(), received.get(1).position());
            assertEquals("state", received.get(2).event());
            assertEquals(2 + 2 * events.size(), received.size(), "each event followed by its state: " + received);
            for (int i = 0; i < events.size(); i++) {
                SseClient.Message event = received.get(3 + 2 * i);
                assertEquals(events.get(i).get("type").asText(), event.event());
                assertEquals(events.get(i).get("position").asLong(), event.position());
                if (i + 1 < events.size()) {
                    assertEquals("state", received.get(4 + 2 * i).event());
                }
            }
        }
    }
}
