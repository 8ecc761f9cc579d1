package org.negotiationtracker.articles;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.negotiationtracker.api.TrackerApi;

/**
 * Articles written for the tests (invented sentences about an India-Pakistan dialogue, a topic no other
 * test registers), and the calls that post them.
 */
public final class InventedArticles {

    public static final String TOPIC = "india-pakistan-dialogue";
    /** As long as a test waits for the extractor: the read models it waits for may be catching up after a restart. */
    public static final int WAIT_SECONDS = 30;

    private InventedArticles() {
    }

    /** Registers the topic the invented articles are about; idempotent, so every test may call it. */
    public static void registerTopic() {
        TrackerApi.registerTopic(Map.of("id", TOPIC, "title", "India-Pakistan dialogue",
                        "parties", List.of("India", "Pakistan"),
                        "aliases", List.of("Kartarpur corridor", "Indus Waters Treaty"),
                        "disputedItems", List.of("Kashmir"), "basisDocuments", List.of()))
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }

    /** A report of a ministers' meeting, unique by {@code marker} so each test has an article of its own. */
    public static String meetingText(String marker) {
        return "ISLAMABAD, March 5. Pakistani Foreign Minister Shah Mehmood Qureshi met Indian External Affairs "
                + "Minister Subrahmanyam Jaishankar in Islamabad on Tuesday to discuss the Kartarpur corridor. "
                + "The two ministers agreed to meet again in New Delhi in April. "
                + "Pakistan demanded that India lift the limits on pilgrims crossing the corridor. "
                + "Officials described the session, reference " + marker + ", as frank.";
    }

    public static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> article(String text, String url, String publishedAt) {
        Map<String, Object> article = new HashMap<>();
        article.put("title", "Ministers discuss the Kartarpur corridor");
        article.put("text", text);
        article.put("publisher", "Invented Wire");
        if (url != null) {
            article.put("url", url);
        }
        if (publishedAt != null) {
            article.put("publishedAt", publishedAt);
        }
        return article;
    }

    /** Posts the article and answers at once: 202 while its events are being extracted. */
    public static ValidatableResponse post(Object article) {
        return given().contentType(ContentType.JSON).body(article).post("/api/articles").then();
    }

    /** Posts the article and waits for its events (Prefer: wait): 201 with them once the extractor has read it. */
    public static ValidatableResponse postAndWait(Object article) {
        return given().contentType(ContentType.JSON).header("Prefer", "wait=" + WAIT_SECONDS).body(article)
                .post("/api/articles").then();
    }
}
