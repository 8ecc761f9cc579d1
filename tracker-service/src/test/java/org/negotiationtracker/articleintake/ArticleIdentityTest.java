package org.negotiationtracker.articleintake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
