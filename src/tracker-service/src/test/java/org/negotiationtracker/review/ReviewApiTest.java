package org.negotiationtracker.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.articles.InventedArticles;
import org.negotiationtracker.domain.Review;
import org.negotiationtracker.articles.ExtractedEvents;

/**
 * An analyst reviews what the extractor read from an article: the queue lists its events with their evidence, and
 * each decision is an event of the log that the timeline and the queue then reflect.
 */
@QuarkusTest
class ReviewApiTest {

    private static final String PROBLEM = "application/problem+json";

    /**
     * Dated on a day of its own, so the extracted events are not corroborated by the other tests' articles on the
     * same topic (an entry with two independent sources is confirmed without a reviewer).
     */
    private String publishedAt;
    private String marker;

    @BeforeEach
    void article() {
        InventedArticles.registerTopic();
        Random random = new Random();
        publishedAt = String.format("%d-%02d-%02d", 2001 + random.nextInt(15), 1 + random.nextInt(12),
                1 + random.nextInt(28));
        marker = InventedArticles.marker();
    }

    /** The article's events, as the extractor appended them. */
    private List<String> postArticle() {
        String text = "Pakistani Foreign Minister Shah Mehmood Qureshi met Indian External Affairs Minister "
                + "Subrahmanyam Jaishankar in Islamabad on Tuesday to discuss the Kartarpur corridor. "
                + "The two ministers agreed to meet again in New Delhi next month. "
                + "Pakistan demanded that India lift the limits on pilgrims crossing the corridor. "
                + "Officials described the session, reference " + marker + ", as frank.";
        JsonPath posted = InventedArticles.postAndWait(InventedArticles.article(text,
                "https://invented.example/review/" + marker, publishedAt)).statusCode(201).extract().jsonPath();
        List<String> ids = posted.getList("events.id");
        assertTrue(ids.size() >= 2, posted.prettify());
        return ids;
    }

    private static JsonPath queue() {
        return given().queryParam("topic", InventedArticles.TOPIC).get("/api/review").then().statusCode(200)
                .extract().jsonPath();
    }

    private static ValidatableResponse decide(String eventId, Map<String, Object> decision) {
        return given().contentType(ContentType.JSON).body(decision).post("/api/review/{id}", eventId).then();
    }

    private static Map<String, Object> timelineEntryHolding(String reportId) {
        List<Map<String, Object>> timeline = given().get("/api/topics/{id}/timeline", InventedArticles.TOPIC)
                .then().statusCode(200).extract().jsonPath().getList("");
        return timeline.stream().filter(entry -> ((List<?>) entry.get("reportIds")).contains(reportId)).findFirst()
                .orElse(null);
    }

    @Test
    void theQueueListsTheExtractedEventsLeastConfidentFirstWithTheirEvidenceInTheArticleText() {
        List<String> ids = postArticle();

        JsonPath queue = queue();

        List<String> queued = queue.getList("items.eventId");
        assertTrue(queued.containsAll(ids), queue.prettify());
        List<Float> confidences = queue.getList("items.confidence", Float.class);
        List<Float> sorted = new ArrayList<>(confidences);
        sorted.sort(null);
        assertEquals(sorted, confidences);
        for (String id : ids) {
            Map<String, Object> item = queue.getMap("items.find { it.eventId == '" + id + "' }");
            @SuppressWarnings("unchecked")
            Map<String, Object> evidence = (Map<String, Object>) item.get("evidence");
            String articleId = (String) item.get("articleId");
            String text = queue.getString("articles['" + articleId + "'].text");
            assertNotNull(text, queue.prettify());
            assertEquals(evidence.get("sentence"), text.substring((Integer) evidence.get("start"),
                    (Integer) evidence.get("end")));
            assertTrue(((String) item.get("extractor")).startsWith("negotiation-tracker/"));
            assertEquals(Review.PROPOSED, timelineEntryHolding(id).get("review"));
        }
    }

    @Test
    void aConfirmationIsLoggedOnceAndConfirmsTheEntry() {
        String id = postArticle().get(0);

        JsonPath confirmed = decide(id, Map.of("decision", "confirm", "comment", "checked against the wire"))
                .statusCode(201).header("Consistency-Position", org.hamcrest.Matchers.notNullValue())
                .body("decision.type", equalTo("event.confirmed"))
                .body("decision.id", equalTo("confirmation:" + id))
                .body("decision.confirmedEventId", equalTo(id))
                .body("decision.decidedBy", equalTo(ReviewResource.ANONYMOUS))
                .body("decision.comment", equalTo("checked against the wire"))
                .extract().jsonPath();
        assertNotNull(confirmed.getString("decision.decidedAt"));

        decide(id, Map.of("decision", "confirm")).statusCode(200)
                .body("position", equalTo(confirmed.getInt("position")))
                .body("decision.decidedAt", equalTo(confirmed.getString("decision.decidedAt")));
        assertFalse(queue().getList("items.eventId").contains(id));
        Map<String, Object> entry = timelineEntryHolding(id);
        assertEquals(Review.CONFIRMED, entry.get("review"));
        assertEquals(Review.REVIEWED, entry.get("confirmation"));
        given().queryParam("after", confirmed.getLong("position") - 1).queryParam("limit", 1).get("/api/events")
                .then().statusCode(200).body("events[0].type", equalTo("event.confirmed"))
                .body("events[0].confirmedEventId", equalTo(id));
    }

    @Test
    void aRejectionRetractsTheEventAndADecisionOnItAfterwardsIsAConflict() {
        String id = postArticle().get(1);

        decide(id, Map.of("decision", "reject", "comment", "the article recalls an older meeting")).statusCode(201)
                .body("decision.type", equalTo("event.rejected"))
                .body("decision.retractedEventId", equalTo(id))
                .body("decision.reason", equalTo("review"));
        decide(id, Map.of("decision", "reject")).statusCode(200).body("decision.id", equalTo("rejection:" + id));

        decide(id, Map.of("decision", "confirm")).statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("was rejected by " + ReviewResource.ANONYMOUS));
        assertEquals(null, timelineEntryHolding(id));
        assertFalse(queue().getList("items.eventId").contains(id));
    }

    @Test
    void aCorrectionReplacesTheEventWithAConfirmedCopy() {
        String id = postArticle().get(0);
        Map<String, Object> correction = Map.of("type", "meeting.held", "occurredAt", publishedAt,
                "location", "Islamabad", "summary", "Qureshi and Jaishankar met on the corridor",
                "actors", List.of(Map.of("name", "Shah Mehmood Qureshi", "country", "Pakistan"),
                        Map.of("name", "Subrahmanyam Jaishankar", "country", "India")));

        decide(id, Map.of("decision", "correct", "correction", correction)).statusCode(201)
                .body("decision.type", equalTo("event.corrected"))
                .body("decision.retractedEventId", equalTo(id))
                .body("decision.corrected.id", equalTo("correction:" + id))
                .body("decision.corrected.metadata.articleId", org.hamcrest.Matchers.notNullValue());
        decide(id, Map.of("decision", "correct", "correction", correction)).statusCode(200);

        Map<String, Object> entry = timelineEntryHolding("correction:" + id);
        assertNotNull(entry);
        assertEquals(Review.CONFIRMED, entry.get("review"));
        assertEquals("Qureshi and Jaishankar met on the corridor", entry.get("summary"));
        assertEquals(null, timelineEntryHolding(id));
        decide(id, Map.of("decision", "correct", "correction", Map.of("type", "meeting.held",
                "occurredAt", publishedAt))).statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("correction:" + id));
    }

    @Test
    void badDecisionsAreProblems() {
        String id = postArticle().get(0);

        decide("no-such-event", Map.of("decision", "confirm")).statusCode(404).contentType(PROBLEM);
        decide(id, Map.of("decision", "approve")).statusCode(422).contentType(PROBLEM)
                .body("errors[0].pointer", equalTo("/decision"));
        decide(id, Map.of("decision", "correct")).statusCode(422).contentType(PROBLEM)
                .body("errors[0].pointer", equalTo("/correction"));
        decide(id, Map.of("decision", "confirm", "correction", Map.of("type", "meeting.held",
                "occurredAt", publishedAt))).statusCode(422).contentType(PROBLEM);
        decide(id, Map.of("decision", "correct", "correction", Map.of("type", "event.retracted",
                "occurredAt", publishedAt))).statusCode(422).contentType(PROBLEM)
                .body("errors[0].pointer", equalTo("/correction/type"));
        given().contentType(ContentType.JSON).body("{\"decision\":").post("/api/review/{id}", id).then()
                .statusCode(400).contentType(PROBLEM);
        given().get("/api/review").then().statusCode(400).contentType(PROBLEM);
        given().queryParam("topic", "no-such-topic").get("/api/review").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void theDomainAndTheExtractionWorkerNameTheExtractorByOneMetadataKey() {
        assertEquals(ExtractedEvents.EXTRACTOR, Review.EXTRACTOR);
        assertEquals(org.negotiationtracker.article.ExtractedEvent.EVIDENCE_CONFIDENCE, Review.CONFIDENCE);
    }
}
