package org.negotiationtracker.articles;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.articles.InventedArticles.TOPIC;
import static org.negotiationtracker.articles.InventedArticles.article;
import static org.negotiationtracker.articles.InventedArticles.marker;
import static org.negotiationtracker.articles.InventedArticles.meetingText;
import static org.negotiationtracker.articles.InventedArticles.postAndWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.api.SessionConsistency;
import org.negotiationtracker.domain.Actor;
import org.negotiationtracker.domain.ArticleReceived;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.eventlog.Appended;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.eventlog.PendingEvent;

/**
 * POST /api/admin/articles/reextract. Given articles extracted by today's extractor and one stored as an older
 * extractor had read it (written to the log directly: a meeting today's extractor does not find in its text,
 * corroborating the others' meeting, and a statement of its own) → when extraction runs again → expect that
 * article's old events retracted and its events of today appended, nothing for the others, the read models
 * following (and equal to a rebuild), and a second run appending nothing.
 */
@QuarkusTest
class ReextractArticlesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEETING_DAY = "2021-03-02";
    private static final Actor QURESHI = new Actor("Shah Mehmood Qureshi", "Pakistan", "Foreign Minister");
    private static final Actor JAISHANKAR = new Actor("Subrahmanyam Jaishankar", "India", "External Affairs Minister");

    @Inject
    EventLog log;

    @Test
    void eventsNoLongerExtractedAreRetractedNewOnesAppendedAndASecondRunAppendsNothing() throws Exception {
        InventedArticles.registerTopic();
        for (String name : List.of("a", "b")) {
            postAndWait(article(meetingText(marker()), "https://wire.example/reextract/" + name + "/" + marker(),
                    "2021-03-05")).statusCode(201);
        }
        String url = "https://older.example/reextract/" + marker();
        ArticleReceived older = olderExtraction(url);
        String meetingOfOlder = ArticleIdentity.eventId(older.id(), 1);
        String statementOfOlder = ArticleIdentity.eventId(older.id(), 2);
        JsonNode meetingBefore = entryHolding(meetingOfOlder);
        JsonNode stateBefore = read(given().get("/api/topics/" + TOPIC).then().statusCode(200).extract().asString());
        long headBefore = head();

        JsonNode report = reextract();

        List<JsonNode> appended = eventsAfter(headBefore);
        List<JsonNode> retractions = appended.stream().filter(e -> e.get("type").asText().equals("event.retracted"))
                .toList();
        List<JsonNode> added = appended.stream().filter(e -> !e.get("type").asText().equals("event.retracted"))
                .toList();
        assertEquals(List.of(meetingOfOlder, statementOfOlder),
                retractions.stream().map(e -> e.get("retractedEventId").asText()).toList());
        retractions.forEach(e -> assertEquals("re-extraction", e.get("reason").asText()));
        retractions.forEach(e -> assertEquals("retraction:" + e.get("retractedEventId").asText(), e.get("id").asText()));
        assertFalse(added.isEmpty(), "today's extractor finds the demand in the older article's text");
        for (int i = 0; i < added.size(); i++) {
            assertEquals(ArticleIdentity.eventId(older.id(), 3 + i), added.get(i).get("id").asText(),
                    "numbered after the article's earlier events");
            assertEquals(older.id(), added.get(i).at("/metadata/articleId").asText());
            assertEquals(url, added.get(i).at("/source/url").asText());
            assertFalse(added.get(i).get("type").asText().equals("meeting.held"), added.get(i).toString());
        }
        assertTrue(report.get("articlesExamined").asInt() >= 3, report.toString());
        assertEquals(1, report.get("articlesChanged").asInt(), "the other articles are as today's extractor reads them");
        assertEquals(added.size(), report.get("eventsAdded").asInt());
        assertEquals(2, report.get("eventsRetracted").asInt());

        JsonNode meeting = entryHolding(otherReportThan(meetingBefore, meetingOfOlder));
        assertEquals(meetingBefore.get("sourceCount").asInt() - 1, meeting.get("sourceCount").asInt());
        assertFalse(meeting.get("sources").toString().contains(url), meeting.toString());
        assertFalse(meeting.get("reportIds").toString().contains(meetingOfOlder), meeting.toString());
        assertEquals(null, entryHolding(statementOfOlder), "the statement's entry had no other report");
        JsonNode stateAfter = read(given().get("/api/topics/" + TOPIC).then().statusCode(200).extract().asString());
        assertEquals(stateBefore.get("reportCount").asInt() - 2 + added.size(), stateAfter.get("reportCount").asInt());
        assertEquals(stateBefore.get("version").asInt() + appended.size(), stateAfter.get("version").asInt());

        String timeline = given().get("/api/topics/" + TOPIC + "/timeline").then().extract().asString();
        String state = given().get("/api/topics/" + TOPIC).then().extract().asString();
        given().post("/api/admin/projections/rebuild").then().statusCode(200);
        assertEquals(timeline, given().get("/api/topics/" + TOPIC + "/timeline").then().extract().asString());
        assertEquals(state, given().get("/api/topics/" + TOPIC).then().extract().asString());

        long headAfter = head();
        JsonNode again = reextract();

        assertEquals(headAfter, head(), "a second run appends nothing");
        assertEquals(0, again.get("articlesChanged").asInt());
        assertEquals(0, again.get("eventsAdded").asInt());
        assertEquals(0, again.get("eventsRetracted").asInt());
        assertEquals(report.get("articlesExamined").asInt(), again.get("articlesExamined").asInt());
    }

    /**
     * Given the older article's events decided on by a reviewer (its statement confirmed, its meeting rejected) →
     * when extraction runs again, and finds neither → expect neither retracted: the reviewer's decision stands.
     */
    @Test
    void eventsAReviewerDecidedOnStayAsDecided() throws Exception {
        InventedArticles.registerTopic();
        ArticleReceived older = olderExtraction("https://older.example/reviewed/" + marker());
        String meetingOfOlder = ArticleIdentity.eventId(older.id(), 1);
        String statementOfOlder = ArticleIdentity.eventId(older.id(), 2);
        given().contentType("application/json").body(Map.of("decision", "confirm"))
                .post("/api/review/{id}", statementOfOlder).then().statusCode(201);
        given().contentType("application/json").body(Map.of("decision", "reject"))
                .post("/api/review/{id}", meetingOfOlder).then().statusCode(201);
        long headBefore = head();

        reextract();

        List<JsonNode> appended = eventsAfter(headBefore);
        assertEquals(List.of(), appended.stream().filter(e -> e.get("type").asText().equals("event.retracted"))
                .map(JsonNode::toString).toList());
        assertEquals("confirmed", entryHolding(statementOfOlder).get("review").asText());
        assertEquals(null, entryHolding(meetingOfOlder));
    }

    /**
     * An article whose text states the demand only, stored with what an older extractor made of it: a meeting
     * of the two ministers (which the other articles report too) and a statement, and not the demand.
     */
    private ArticleReceived olderExtraction(String url) {
        String text = "ISLAMABAD, March 5. Pakistan demanded that India lift the limits on pilgrims crossing the "
                + "Kartarpur corridor. Officials described the exchange, reference " + marker() + ", as frank.";
        ArticleReceived article = new ArticleReceived(ArticleIdentity.articleId(text), TOPIC, "The corridor",
                text, "Older Wire", url, PartialDate.parse("2021-03-05"), ArticleReceived.DatedBy.PUBLISHED_AT, false);
        DiplomaticEvent meeting = new DiplomaticEvent(ArticleIdentity.eventId(article.id(), 1), TOPIC,
                EventType.MEETING_HELD, PartialDate.parse(MEETING_DAY), null, List.of(QURESHI, JAISHANKAR),
                "Islamabad", "Shah Mehmood Qureshi and Subrahmanyam Jaishankar met in Islamabad", null,
                article.source(), Map.of(ExtractedEvents.ARTICLE_ID, article.id()));
        DiplomaticEvent statement = new DiplomaticEvent(ArticleIdentity.eventId(article.id(), 2), TOPIC,
                EventType.STATEMENT_ISSUED, PartialDate.parse("2020-12-31"), null, List.of(QURESHI), null,
                "Shah Mehmood Qureshi stated a position", null, article.source(),
                Map.of(ExtractedEvents.ARTICLE_ID, article.id()));
        List<Appended> appended = log.append(List.of(new PendingEvent(article, null), new PendingEvent(meeting, null),
                new PendingEvent(statement, null)));
        SessionConsistency.wrote(appended.get(appended.size() - 1).position());
        return article;
    }

    private static JsonNode reextract() throws Exception {
        return read(given().post("/api/admin/articles/reextract").then().statusCode(200).extract().asString());
    }

    private static List<JsonNode> eventsAfter(long position) throws Exception {
        JsonNode page = read(given().queryParam("after", position).queryParam("limit", 1000).get("/api/events")
                .then().statusCode(200).extract().asString());
        List<JsonNode> events = new ArrayList<>();
        page.get("events").forEach(events::add);
        return events;
    }

    /** The timeline entry listing the report, or null. */
    private static JsonNode entryHolding(String reportId) throws Exception {
        for (JsonNode entry : timeline()) {
            for (JsonNode id : entry.get("reportIds")) {
                if (id.asText().equals(reportId)) {
                    return entry;
                }
            }
        }
        return null;
    }

    private static String otherReportThan(JsonNode entry, String reportId) {
        for (JsonNode id : entry.get("reportIds")) {
            if (!id.asText().equals(reportId)) {
                return id.asText();
            }
        }
        throw new AssertionError("the older article's meeting corroborates no other report: " + entry);
    }

    private static JsonNode timeline() throws Exception {
        return read(given().get("/api/topics/" + TOPIC + "/timeline").then().statusCode(200).extract().asString());
    }

    private static JsonNode read(String json) throws Exception {
        return JSON.readTree(json);
    }
}
