package org.negotiationtracker.articles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.articles.InventedArticles.TOPIC;
import static org.negotiationtracker.articles.InventedArticles.article;
import static org.negotiationtracker.articles.InventedArticles.marker;
import static org.negotiationtracker.articles.InventedArticles.meetingText;
import static org.negotiationtracker.articles.InventedArticles.post;
import static org.negotiationtracker.articles.InventedArticles.postAndWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POST /api/articles, waiting for the extractor (Prefer: wait): the article goes into the log once, and the events
 * extracted from it follow in one append, each pointing to it. ExtractorElsewhereTest has the answer without waiting.
 */
@QuarkusTest
class ArticlesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void topic() {
        InventedArticles.registerTopic();
    }

    @Test
    void theArticleIsAppendedThenItsEventsInOneAppendEachPointingToTheArticle() throws Exception {
        String text = meetingText(marker());
        String url = "https://wire.example/south-asia/" + marker();

        JsonNode answer = read(postAndWait(article(text, url, "2021-03-05")).statusCode(201)
                .header("Preference-Applied", "wait=" + InventedArticles.WAIT_SECONDS)
                .body("extraction", equalTo("done")).extract().asString());

        assertEquals(TOPIC, answer.at("/topic/id").asText());
        assertFalse(answer.get("duplicate").asBoolean());
        assertEquals("2021-03-05", answer.at("/publication/date").asText());
        assertEquals("publishedAt", answer.at("/publication/datedBy").asText());
        long articlePosition = answer.at("/article/position").asLong();
        JsonNode events = answer.get("events");
        assertTrue(events.size() >= 1, "no event extracted from " + answer);
        long firstPosition = events.get(0).get("position").asLong();
        assertTrue(firstPosition > articlePosition, answer.toString());
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            assertEquals(firstPosition + i, event.get("position").asLong(), "one append, in order: " + answer);
            assertEquals(answer.get("articleId").asText() + "-" + (i + 1), event.get("id").asText());
            JsonNode evidence = event.get("evidence");
            assertEquals(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()),
                    evidence.get("sentence").asText(), "evidence offsets point into the text");
            assertTrue(event.has("precision") && event.has("background") && event.has("confidence"), event.toString());
        }

        JsonNode stored = logged(articlePosition);
        assertEquals("article.received", stored.get("type").asText());
        assertEquals(answer.get("articleId").asText(), stored.get("id").asText());
        assertEquals(text, stored.get("text").asText());
        assertEquals(url, stored.get("url").asText());
        assertEquals("Invented Wire", stored.get("publisher").asText());
        assertEquals("2021-03-05", stored.get("publishedAt").asText());
        assertEquals("publishedAt", stored.get("datedBy").asText());
        for (JsonNode event : events) {
            JsonNode extracted = logged(event.get("position").asLong());
            assertEquals(event.get("id"), extracted.get("id"));
            assertEquals(stored.get("id").asText(), extracted.at("/metadata/articleId").asText());
            assertEquals(url, extracted.at("/source/url").asText());
            assertEquals("2021-03-05", extracted.at("/source/publishedAt").asText());
        }
    }

    private static JsonNode logged(long position) {
        return read(given().queryParam("after", position - 1).queryParam("limit", 1).get("/api/events").then()
                .statusCode(200).extract().asString()).at("/events/0");
    }

    @Test
    void postingTheSameArticleAgainAppendsNothingAndAnswersWithTheFirstResult() throws Exception {
        Map<String, Object> article = article(meetingText(marker()), "https://wire.example/" + marker(), "2021-03-05");
        JsonNode first = read(postAndWait(article).statusCode(201).extract().asString());
        long head = head();

        JsonNode again = read(post(article).statusCode(200).extract().asString());

        assertEquals(head, head());
        assertTrue(again.get("duplicate").asBoolean());
        assertEquals(withoutDuplicateFlag(first), withoutDuplicateFlag(again));
    }

    @Test
    void anArticleAtAKnownUrlIsTheStoredOneEvenWithEditedText() throws Exception {
        String path = "/edited/" + marker();
        JsonNode first = read(postAndWait(article(meetingText(marker()), "https://wire.example" + path, "2021-03-05"))
                .statusCode(201).extract().asString());
        long head = head();

        JsonNode edited = read(post(article(meetingText(marker()) + " Updated with a correction.",
                "HTTPS://Wire.Example:443" + path + "/#update", "2021-03-05")).statusCode(200).extract().asString());

        assertEquals(head, head());
        assertEquals(first.get("articleId"), edited.get("articleId"));
        assertEquals(first.get("events"), edited.get("events"));
    }

    @Test
    void theSameTextFromAnotherUrlOrReflowedIsTheStoredArticle() throws Exception {
        String text = meetingText(marker());
        JsonNode first = read(postAndWait(article(text, "https://wire.example/" + marker(), "2021-03-05")).statusCode(201)
                .extract().asString());
        long head = head();

        JsonNode syndicated = read(post(article("  " + text.replace(". ", ".\n\n  ") + "\n",
                "https://syndicate.example/" + marker(), "2021-03-05")).statusCode(200).extract().asString());

        assertEquals(head, head());
        assertEquals(first.get("articleId"), syndicated.get("articleId"));
        assertEquals(first.at("/article/position"), syndicated.at("/article/position"));
    }

    @Test
    void identicalArticlesPostedAtOnceAreAppendedOnce() throws Exception {
        Map<String, Object> article = article(meetingText(marker()), "https://wire.example/" + marker(), "2021-03-05");
        long head = head();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                answers.add(clients.submit(() -> {
                    var response = postAndWait(article).extract();
                    return response.statusCode() + " " + read(response.asString()).at("/article/position").asText();
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> answer : answers) {
                results.add(answer.get());
            }
            assertEquals(1, results.stream().filter(r -> r.startsWith("201 ")).count(), results.toString());
            assertEquals(1, results.stream().map(r -> r.substring(4)).distinct().count(), results.toString());
        } finally {
            clients.shutdownNow();
        }
        JsonNode stored = read(postAndWait(article).statusCode(200).extract().asString());
        assertEquals(head + 1 + stored.get("events").size(), head(), "the article and its events, once");
    }

    @Test
    void anArticleAboutNoRegisteredTopicAppendsNothingAndSaysSo() {
        long head = head();

        post(article("The town council of Greyhaven voted on Monday to repaint the harbour lighthouse. "
                + "Work on the lighthouse will begin after the summer fair, the mayor said.", null, "2021-03-05"))
                .statusCode(200)
                .body("topic", nullValue())
                .body("message", org.hamcrest.Matchers.containsString("nothing was appended"))
                .body("events.size()", is(0));

        assertEquals(head, head());
    }

    @Test
    void htmlIsReducedToItsTextBeforeExtraction() throws Exception {
        String marker = marker();
        String html = "<html><head><title>Corridor talks</title><script>var tracking = 1;</script></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><p>" + meetingText(marker).replace(". ", ".</p>\n<p>")
                + "</p></article></body></html>";

        JsonNode answer = read(postAndWait(article(html, null, "2021-03-05")).statusCode(201).extract().asString());

        JsonNode stored = read(given().queryParam("topic", TOPIC).queryParam("after",
                        answer.at("/article/position").asLong() - 1).queryParam("limit", 1).get("/api/events").then()
                .extract().asString()).at("/events/0");
        String text = stored.get("text").asText();
        assertFalse(text.contains("<") || text.contains("tracking"), text);
        assertTrue(text.contains("Shah Mehmood Qureshi met Indian External Affairs"), text);
        for (JsonNode event : answer.get("events")) {
            assertFalse(event.at("/evidence/sentence").asText().contains("<"), event.toString());
        }
    }

    @Test
    void withoutPublishedAtTheDatelineDatesTheArticleAndTheYearIsInferred() throws Exception {
        JsonNode answer = read(postAndWait(article(meetingText(marker()), null, null)).statusCode(201).extract().asString());

        assertEquals("dateline", answer.at("/publication/datedBy").asText());
        assertTrue(answer.at("/publication/yearInferred").asBoolean(), answer.toString());
        assertTrue(answer.at("/publication/date").asText().endsWith("-03-05"), answer.toString());
    }

    @Test
    void withoutPublishedAtOrDatelineTheDateIsAskedFor() {
        long head = head();

        post(article("Pakistani Foreign Minister Shah Mehmood Qureshi met Indian External Affairs Minister "
                + "Subrahmanyam Jaishankar on Tuesday to discuss the Kartarpur corridor, " + marker() + ".", null, null))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:negotiation-tracker:problem:publication-date-missing"))
                .body("errors[0].pointer", equalTo("/publishedAt"));

        assertEquals(head, head());
    }

    @Test
    void everyStreamAndReadOfTheLogCopesWithArticles() throws Exception {
        JsonNode answer = read(postAndWait(article(meetingText(marker()), null, "2021-03-05")).statusCode(201).extract()
                .asString());
        long position = answer.at("/article/position").asLong();

        given().queryParam("types", "article.received").queryParam("after", position - 1).queryParam("limit", 1)
                .get("/api/events").then().statusCode(200)
                .body("events[0].type", equalTo("article.received"))
                .body("events[0].position", is((int) position));
        given().get("/api/topics/" + TOPIC).then().statusCode(200)
                .body("version", is(answer.at("/events").size() == 0 ? answer.at("/article/topicVersion").asInt()
                        : answer.at("/events").get(answer.at("/events").size() - 1).get("topicVersion").asInt()));
    }

    private static JsonNode withoutDuplicateFlag(JsonNode answer) {
        ObjectNode copy = answer.deepCopy();
        copy.remove("duplicate");
        return copy;
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
