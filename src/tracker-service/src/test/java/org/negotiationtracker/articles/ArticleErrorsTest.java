package org.negotiationtracker.articles;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.articles.InventedArticles.article;
import static org.negotiationtracker.articles.InventedArticles.marker;
import static org.negotiationtracker.articles.InventedArticles.meetingText;
import static org.negotiationtracker.articles.InventedArticles.post;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every refused article gets a problem+json that says what to fix, and leaves the log as it was. */
@QuarkusTest
class ArticleErrorsTest {

    private static final String INVALID = "urn:negotiation-tracker:problem:invalid-body";

    @Inject
    AdjustableClock clock;

    private long head;

    @BeforeEach
    void topic() {
        InventedArticles.registerTopic();
        head = head();
    }

    @Test
    void emptyOrWhiteSpaceText() {
        refused(article("", null, "2021-03-05"), 422, INVALID).body("errors[0].pointer", equalTo("/text"));
        refused(article("  \n\t  ", null, "2021-03-05"), 422, INVALID).body("errors[0].pointer", equalTo("/text"));
        refused(Map.of("title", "No text at all", "publishedAt", "2021-03-05"), 422, INVALID)
                .body("errors[0].pointer", equalTo("/text"));
    }

    @Test
    void textOverTheConfiguredSize() {
        // the test profile sets tracker.articles.max-text-bytes=64K, below the body limit of 256K
        refused(article(meetingText(marker()).repeat(200), null, "2021-03-05"), 413,
                "urn:negotiation-tracker:problem:article-too-large")
                .body("detail", containsString("tracker.articles.max-text-bytes"));
    }

    @Test
    void textWithoutASentence() {
        refused(article("2021 -- 42 -- 7:30 !!!", null, "2021-03-05"), 422, INVALID)
                .body("detail", containsString("no sentence"));
    }

    @Test
    void binaryGarbage() {
        refused(article(meetingText(marker()) + "\u0000\u0001\u0002\u00ff\u0003", null, "2021-03-05"), 422, INVALID)
                .body("errors[0].pointer", equalTo("/text"))
                .body("detail", containsString("U+0000"));
    }

    @Test
    void invalidUtf8IsNotJson() {
        byte[] body = "{\"text\": \"Ministers met \u00ff\u00fe in the capital on Monday.\"}"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        given().contentType(ContentType.JSON).body(body).post("/api/articles").then()
                .statusCode(400).contentType("application/problem+json");
        assertEquals(head, head());
    }

    @Test
    void aUrlThatIsNotAWebUrl() {
        for (String url : new String[] {"wire dot example", "ftp://wire.example/a", "//wire.example/a"}) {
            refused(article(meetingText(marker()), url, "2021-03-05"), 422, INVALID)
                    .body("errors[0].pointer", equalTo("/url"));
        }
    }

    @Test
    void aPublicationDateInTheFuture() {
        clock.set(Instant.parse("2021-03-10T12:00:00Z"));
        try {
            refused(article(meetingText(marker()), null, "2021-04-01"), 422, INVALID)
                    .body("errors[0].pointer", equalTo("/publishedAt"))
                    .body("detail", containsString("future"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void anUnparseablePublicationDate() {
        for (String date : new String[] {"2021-13-45", "last Tuesday", "05/03/2021"}) {
            refused(article(meetingText(marker()), null, date), 422, INVALID)
                    .body("errors[0].pointer", equalTo("/publishedAt"));
        }
        refused(Map.of("text", meetingText(marker()), "publishedAt", 20210305), 422, INVALID)
                .body("errors[0].pointer", equalTo("/publishedAt"));
    }

    @Test
    void unknownFieldsAndMalformedJson() {
        refused(Map.of("text", meetingText(marker()), "author", "someone"), 422, INVALID)
                .body("detail", containsString("author"));
        given().contentType(ContentType.JSON).body("{\"text\": ").post("/api/articles").then()
                .statusCode(400).contentType("application/problem+json");
        assertEquals(head, head());
    }

    private ValidatableResponse refused(Object article, int status, String type) {
        ValidatableResponse response = post(article).statusCode(status).contentType("application/problem+json")
                .body("type", equalTo(type)).body("instance", equalTo("/api/articles"));
        assertEquals(head, head(), "nothing appended");
        return response;
    }
}
