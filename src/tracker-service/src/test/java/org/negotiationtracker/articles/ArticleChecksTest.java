package org.negotiationtracker.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.problem.Problem;
import org.negotiationtracker.problem.ProblemException;
import org.negotiationtracker.request.ArticleRequest;

class ArticleChecksTest {

    private static final String TEXT = "The harbour authority said on Tuesday that the ferry line will reopen.";
    private static final Clock MARCH_2019 = Clock.fixed(Instant.parse("2019-03-10T12:00:00Z"), ZoneOffset.UTC);

    private final ArticleChecks checks = new ArticleChecks(MARCH_2019, new ArticlesConfig() {
        @Override
        public MemorySize maxTextBytes() {
            return new MemorySize(BigInteger.valueOf(1000));
        }

        @Override
        public Optional<List<String>> gazetteerDirs() {
            return Optional.empty();
        }
    });

    @Test
    void aValidArticlePassesWithItsFieldsTidied() {
        ArticleChecks.CheckedArticle article = checks.check(new ArticleRequest("  Ferry line  ", TEXT, " Harbour Wire ",
                "https://wire.example/ferry", PartialDate.parse("2019-03-05")));

        assertEquals("Ferry line", article.title());
        assertEquals(TEXT, article.text());
        assertEquals("Harbour Wire", article.publisher());
        assertEquals("https://wire.example/ferry", article.url());
    }

    @Test
    void textOverTheLimitIsTooLarge() {
        Problem problem = refused(new ArticleRequest(null, TEXT.repeat(20), null, null, null));

        assertEquals(413, problem.status());
        assertTrue(problem.detail().contains("1000 bytes"), problem.detail());
    }

    @Test
    void controlCharactersAreNotText() {
        Problem problem = refused(new ArticleRequest(null, TEXT + "\u0000\u0007\u0001", null, null, null));

        assertEquals(422, problem.status());
        assertEquals("/text", problem.errors().get(0).pointer());
        assertTrue(problem.detail().contains("U+0000"), problem.detail());
    }

    @Test
    void anUnpairedSurrogateOrAReplacementCharacterIsNotText() {
        assertEquals("/text", refused(new ArticleRequest(null, TEXT + "\ud800", null, null, null))
                .errors().get(0).pointer());
        assertEquals("/text", refused(new ArticleRequest(null, TEXT + "\ufffd", null, null, null))
                .errors().get(0).pointer());
    }

    @Test
    void textWithoutASentenceIsRefused() {
        Problem problem = refused(new ArticleRequest(null, "12 345 -- !!! 2019", null, null, null));

        assertEquals("/text", problem.errors().get(0).pointer());
        assertTrue(problem.detail().contains("no sentence"), problem.detail());
    }

    @Test
    void htmlWithoutTextIsRefused() {
        Problem problem = refused(new ArticleRequest(null, "<div><img src=\"x.png\"></div>", null, null, null));

        assertTrue(problem.detail().contains("no text"), problem.detail());
    }

    @Test
    void htmlIsReducedToTextAndGivesTheTitleWhenNoneWasSent() {
        ArticleChecks.CheckedArticle article = checks.check(new ArticleRequest(null,
                "<html><head><title>Ferry line</title></head><body><p>" + TEXT + "</p></body></html>", null, null,
                null));

        assertEquals(TEXT, article.text());
        assertEquals("Ferry line", article.title());
    }

    @Test
    void aUrlMustBeAnAbsoluteWebUrl() {
        for (String url : new String[] {"not a url", "ftp://wire.example/x", "/politics/42", "https://"}) {
            Problem problem = refused(new ArticleRequest(null, TEXT, null, url, null));
            assertEquals("/url", problem.errors().get(0).pointer(), url);
        }
    }

    @Test
    void aPublicationDateInTheFutureOfTheClockIsRefused() {
        Problem problem = refused(new ArticleRequest(null, TEXT, null, null, PartialDate.parse("2019-03-12")));

        assertEquals("/publishedAt", problem.errors().get(0).pointer());
        assertTrue(problem.detail().contains("future"), problem.detail());
        assertEquals(422, refused(new ArticleRequest(null, TEXT, null, null,
                PartialDate.parse("2019-03-10T13:00:00Z"))).status());
    }

    @Test
    void todayAnywhereOnEarthAndCoarserDatesThatIncludeTodayAreNotTheFuture() {
        checks.check(new ArticleRequest(null, TEXT, null, null, PartialDate.parse("2019-03-11")));
        checks.check(new ArticleRequest(null, TEXT, null, null, PartialDate.parse("2019-03")));
        checks.check(new ArticleRequest(null, TEXT, null, null, PartialDate.parse("2019")));
    }

    @Test
    void everyFaultIsReportedAtOnce() {
        Problem problem = refused(new ArticleRequest(null, "-- 42 --", null, "mailto:desk@wire.example",
                PartialDate.parse("2020-01-01")));

        assertEquals(3, problem.errors().size(), problem.errors().toString());
    }

    private Problem refused(ArticleRequest request) {
        return assertThrows(ProblemException.class, () -> checks.check(request)).problem();
    }
}
