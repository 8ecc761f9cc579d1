package org.negotiationtracker.extraction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.articles.InventedArticles.article;
import static org.negotiationtracker.articles.InventedArticles.marker;
import static org.negotiationtracker.articles.InventedArticles.meetingText;
import static org.negotiationtracker.articles.InventedArticles.post;
import static org.negotiationtracker.articles.InventedArticles.postAndWait;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.article.ArticleExtractor;
import org.negotiationtracker.articles.ExtractionProgress;
import org.negotiationtracker.articles.InventedArticles;
import org.negotiationtracker.logfollowing.SubscriptionCheckpoints;

/**
 * The extractor follows the log: an article posted without waiting gets its events from it, each naming the
 * extractor, and after a crash between its append and its checkpoint (the checkpoint set back) it reads the
 * article again and appends nothing twice.
 */
@QuarkusTest
class ExtractionWorkerTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SubscriptionCheckpoints checkpoints;

    @Inject
    ExtractionProgress progress;

    @Inject
    ArticleExtractor extractor;

    @BeforeEach
    void topic() {
        InventedArticles.registerTopic();
    }

    @Test
    void anArticlePostedWithoutWaitingGetsItsEventsFromTheExtractorEachNamingIt() {
        ExtractableResponse<Response> accepted = post(article(meetingText(marker()), null, "2021-03-05")).extract();
        // 202 unless the extractor was quicker than the answer
        assertTrue(List.of(201, 202).contains(accepted.statusCode()), accepted.asString());

        JsonPath extracted = given().header("Prefer", "wait=" + InventedArticles.WAIT_SECONDS)
                .get(accepted.header("Location")).then().statusCode(200)
                .header("Preference-Applied", "wait=" + InventedArticles.WAIT_SECONDS)
                .body("extraction", equalTo("done")).extract().jsonPath();

        List<String> ids = extracted.getList("events.id");
        assertFalse(ids.isEmpty(), extracted.prettify());
        for (int i = 0; i < ids.size(); i++) {
            JsonPath stored = given().queryParam("after", extracted.getLong("events[" + i + "].position") - 1)
                    .queryParam("limit", 1).get("/api/events").then().statusCode(200).extract().jsonPath();
            assertEquals(ids.get(i), stored.getString("events[0].id"));
            assertEquals(ArticleExtractor.NAME + "/" + extractor.version(),
                    stored.getString("events[0].metadata.extractor"));
        }
    }

    @Test
    void readingAnArticleAgainAfterACrashBeforeTheCheckpointAppendsNothingTwice() throws Exception {
        JsonPath first = postAndWait(article(meetingText(marker()), null, "2021-03-05")).statusCode(201).extract()
                .jsonPath();
        long articlePosition = first.getLong("article.position");
        long head = head();

        // as after kill -9 between the append of the article's events and the checkpoint that passes it
        setCheckpoint(articlePosition - 1);
        long deadline = System.nanoTime() + InventedArticles.WAIT_SECONDS * 1_000_000_000L;
        while (progress.position() < head && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }

        assertTrue(progress.position() >= head, "the extractor read the article again");
        assertEquals(head, head(), "nothing appended twice");
        given().get("/api/articles/" + first.getString("articleId")).then().statusCode(200)
                .body("events.id", equalTo(first.getList("events.id")));
    }

    private void setCheckpoint(long position) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection()) {
                checkpoints.reset(connection, ExtractionProgress.CHECKPOINT, position);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
