package org.negotiationtracker.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negotiationtracker.article.ArticleExtractor;

/**
 * The topic the extractor chooses is scored: another topic than the gold's loses the article's events. What is
 * scored here is the scoring, so the rules alone read the article (they read this one fully), without loading the
 * trained models for it.
 */
class TopicScoringTest {

    private static final ArticleExtractor RULES = ArticleExtractor.load(List.of(), ArticleExtractor.Models.RULES_ONLY);

    private static final String ARTICLE = """
            source: https://example.org/fisheries
            published: 2025-03-04

            Norway and Finland hold fisheries talks in Oslo
            OSLO, March 4 (Agency) - Norwegian Foreign Minister Anna Berg met Finnish Foreign Minister Matti Lahti \
            in Oslo on Monday for fisheries talks, the ministry said.
            """;

    private static final String TOPICS = """
            "topics": [
              {"id": "norway-finland-fisheries-talks", "title": "Norway-Finland fisheries talks",
               "parties": ["Norway", "Finland"], "aliases": ["fisheries talks"]},
              {"id": "sweden-denmark-bridge-talks", "title": "Sweden-Denmark bridge talks",
               "parties": ["Sweden", "Denmark"], "aliases": ["bridge talks"]}
            ]""";

    @TempDir
    Path corpus;

    @Test
    void anArticleGivenItsOwnTopicIsScoredOnItsEvents() throws IOException {
        ExtractionEvaluation.Report report = evaluate("norway-finland-fisheries-talks");

        ExtractionEvaluation.ArticleScore article = report.articles().get(0);
        assertTrue(article.topicRight());
        assertEquals(1, report.mustFound());
        assertEquals(report.current(), report.correct());
    }

    @Test
    void anArticleGivenAnotherTopicThanTheGoldsMissesItsEventsAndItsEventsAreWrong() throws IOException {
        ExtractionEvaluation.Report report = evaluate("sweden-denmark-bridge-talks");

        ExtractionEvaluation.ArticleScore article = report.articles().get(0);
        assertFalse(article.topicRight());
        assertEquals("norway-finland-fisheries-talks", article.chosenTopic());
        assertEquals(0, report.mustFound());
        assertTrue(report.current() > 0, "the events extracted under the chosen topic");
        assertEquals(0, report.correct());
        assertEquals(0.0, report.topicAccuracy());
    }

    @Test
    void tracksNotListedForDevelopmentAreTest() {
        assertEquals(CorpusHalf.DEVELOPMENT, CorpusHalf.of("brexit-negotiations"));
        assertEquals(CorpusHalf.TEST, CorpusHalf.of("nafta-renegotiation"));
        assertEquals(CorpusHalf.TEST, CorpusHalf.of("norway-finland-fisheries-talks"));
    }

    private ExtractionEvaluation.Report evaluate(String goldTopic) throws IOException {
        Files.createDirectories(corpus.resolve("articles"));
        Files.writeString(corpus.resolve("articles/fisheries.txt"), ARTICLE);
        Files.writeString(corpus.resolve("gold.json"), "{" + TOPICS + """
                , "articles": [{"file": "articles/fisheries.txt", "topicId": "%s", "publisher": "Agency",
                  "publishedAt": "2025-03-04", "events": [
                    {"kind": "must", "type": "meeting.held", "date": "2025-03-03", "location": "Oslo",
                     "actors": ["Anna Berg", "Matti Lahti"]}]}]}
                """.formatted(goldTopic));
        return ExtractionEvaluation.evaluate(corpus, RULES);
    }
}
