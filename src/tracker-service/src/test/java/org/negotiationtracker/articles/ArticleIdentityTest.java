package org.negotiationtracker.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleIdentityTest {

    private static final String TEXT = "The harbour authority said on Tuesday that the ferry line will reopen.";

    @Test
    void theSameTextWithOtherWhiteSpaceOrCaseIsTheSameArticle() {
        String reflowed = "  the HARBOUR authority said\non Tuesday   that the ferry\u00a0line will reopen.\n";

        assertEquals(ArticleIdentity.articleId(TEXT), ArticleIdentity.articleId(reflowed));
    }

    @Test
    void anotherTextIsAnotherArticle() {
        assertNotEquals(ArticleIdentity.articleId(TEXT), ArticleIdentity.articleId(TEXT.replace("Tuesday", "Friday")));
    }

    @Test
    void idsAreLogEventIdsAndTheExtractedEventsFollowFromTheArticle() {
        String id = ArticleIdentity.articleId(TEXT);

        assertTrue(id.matches("article-[0-9a-f-]{36}"), id);
        assertEquals(id + "-3", ArticleIdentity.eventId(id, 3));
    }

    @Test
    void urlsThatNameTheSamePageHaveOneKey() {
        String key = ArticleIdentity.urlKey("https://wire.example/politics/42");

        assertEquals(key, ArticleIdentity.urlKey("HTTPS://Wire.Example:443/politics/42/#comments"));
        assertNotEquals(key, ArticleIdentity.urlKey("https://wire.example/politics/43"));
        assertNotEquals(key, ArticleIdentity.urlKey("https://wire.example/politics/42?page=2"));
        assertEquals(64, key.length());
    }

    @Test
    void anEventIdTellsWhichEventOfTheArticleItIs() {
        String id = ArticleIdentity.articleId(TEXT);

        assertEquals(java.util.OptionalInt.of(12), ArticleIdentity.eventNumber(id, ArticleIdentity.eventId(id, 12)));
        for (String other : List.of(id, id + "-", id + "-0", id + "-01", id + "-2x", id + "-99999999999",
                "retraction:" + id + "-1", ArticleIdentity.articleId("Another text altogether, here.") + "-1")) {
            assertEquals(java.util.OptionalInt.empty(), ArticleIdentity.eventNumber(id, other), other);
        }
    }
}
