package org.negotiationtracker.extraction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.articles.InventedArticles.article;
import static org.negotiationtracker.articles.InventedArticles.marker;
import static org.negotiationtracker.articles.InventedArticles.meetingText;
import static org.negotiationtracker.articles.InventedArticles.post;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.articles.ExtractionProgress;
import org.negotiationtracker.articles.InventedArticles;
import org.negotiationtracker.logfollowing.SubscriptionCheckpoints;

/**
 * An API instance with the extractor off ({@code tracker.extractor.enabled=false}, as the API Deployment runs):
 * it takes articles in at once (202, extraction pending) and never extracts them itself; a client that waits
 * gets 202 once its wait is over. The instance that extracts is elsewhere (TwoReplicasIT runs one).
 */
@QuarkusTest
@TestProfile(ExtractorElsewhereTest.ExtractorOff.class)
class ExtractorElsewhereTest {

    public static class ExtractorOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("tracker.extractor.enabled", "false");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SubscriptionCheckpoints checkpoints;

    @BeforeEach
    void topic() {
        InventedArticles.registerTopic();
    }

    /**
     * The articles left pending are passed over: the next instance with an extractor on this database (another test
     * class) would otherwise append their events in the middle of its own tests.
     */
    @AfterEach
    void passOverPendingArticles() {
        long head = head();
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                checkpoints.advanceTo(connection, ExtractionProgress.CHECKPOINT, head);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void anArticleIsAcceptedAtOnceAndStaysPendingWithoutAnExtractor() {
        ExtractableResponse<Response> accepted = post(article(meetingText(marker()), null, "2021-03-05"))
                .statusCode(202)
                .body("extraction", equalTo("pending"))
                .body("events.size()", is(0))
                .body("topic.id", equalTo(InventedArticles.TOPIC))
                .extract();
        String articleId = accepted.path("articleId");
        long position = ((Number) accepted.path("article.position")).longValue();
        assertEquals(position, Long.parseLong(accepted.header("Consistency-Position")));
        assertTrue(accepted.header("Location").endsWith("/api/articles/" + articleId), accepted.header("Location"));

        given().get(accepted.header("Location")).then().statusCode(200)
                .body("articleId", equalTo(articleId))
                .body("extraction", equalTo("pending"))
                .body("article.position", is((int) position));
        given().noFilters().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'extraction' }.data.runsHere", is(false));
    }

    @Test
    void aClientThatWaitsGets202OnceItsWaitIsOver() {
        long started = System.nanoTime();

        given().contentType(ContentType.JSON).header("Prefer", "respond-async, wait=1")
                .body(article(meetingText(marker()), null, "2021-03-05")).post("/api/articles").then()
                .statusCode(202)
                .header("Preference-Applied", "wait=1")
                .body("extraction", equalTo("pending"));

        assertTrue(System.nanoTime() - started >= 1_000_000_000L, "it waited the second it asked for");
    }

    @Test
    void anUnknownArticleIs404() {
        given().get("/api/articles/article-00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:negotiation-tracker:problem:unknown-article"));
        given().get("/api/articles/not-an-article-id").then().statusCode(404);
    }
}
