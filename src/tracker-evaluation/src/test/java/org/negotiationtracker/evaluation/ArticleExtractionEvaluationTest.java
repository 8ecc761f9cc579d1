package org.negotiationtracker.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.negotiationtracker.article.ArticleExtractor;

/**
 * The evaluation command's measure, held to its targets on the reference corpus (four articles on one topic, with
 * the expected state), and on each half of {@code more/} and {@code more2/} (articles of other publishers on other
 * negotiations) to the level measured, so that a change that makes either half worse fails: for the extractor
 * shipped, with the trained models, and for the rules alone, which cost a second to load and are what the trained
 * models are measured against (docs/extraction.md), so a change to the rules cannot make them worse unseen.
 */
class ArticleExtractionEvaluationTest {

    private static final Path CORPUS = Path.of(System.getProperty("tracker.corpus.dir", "../shared/corpus"));

    /** Each corpus is extracted once by each extractor for all the tests that read it. */
    private static final Map<String, ExtractionEvaluation.Report> REPORTS = new ConcurrentHashMap<>();

    @ParameterizedTest(name = "{0}")
    @EnumSource(ArticleExtractor.Models.class)
    void theReferenceCorpusIsExtractedToTheGoldStandard(ArticleExtractor.Models models) {
        ExtractionEvaluation.Report report = evaluate(CORPUS, models);

        assertEquals(1.0, report.recall(), "recall of must events");
        assertTrue(report.precision() >= 0.85, "precision " + report.precision());
        assertEquals(report.matchedGold(), report.exactDates(), "every matched date exact");
        assertEquals(0, report.afterPublication(), "events other than plans dated after publication");
        assertEquals(List.of(), report.stateDifferences());
    }

    /*
     * The floors are no targets (those are in docs/extraction.md, and the test half does not meet them yet): each
     * is just below the figure measured on 2026-12-08 (0.01 under it, rounded down to the hundredth), so that one
     * must event more missed, or one wrong event more, fails. Measured with the extractor of rules version 23: the
     * rules alone: more/ test recall 11 / 11, precision 21 / 23; more/ development 14 / 16, 27 / 27; more2/ test
     * 5 / 13, 7 / 14; more2/ development 8 / 17, 13 / 24. The trained models: more/ test 11 / 11, 23 / 27; more/
     * development 14 / 16, 29 / 31; more2/ test 7 / 13, 10 / 17; more2/ development 15 / 17, 22 / 24. The topic
     * chosen right for all 30 articles by both. Rules 20 had lowered four precision floors (more/ test: one wrong
     * event more with either extractor, beside four right ones more with the trained models and one with the rules
     * alone; more2/ development: the EU mediator's written comment, found but dated a day late, which rules 23 dates
     * right), while the pooled test half rose. Re-set them from the evaluation command's output whenever a change
     * of the extractor moves the figures.
     */
    @ParameterizedTest(name = "{0}/ {1} half, {2}: must recall ≥ {3}, precision ≥ {4}, topic chosen right ≥ {5}")
    @CsvSource({
        "more,  TEST,        TRAINED,    0.99, 0.84, 0.99",
        "more,  DEVELOPMENT, TRAINED,    0.86, 0.92, 0.99",
        "more2, TEST,        TRAINED,    0.52, 0.57, 0.99",
        "more2, DEVELOPMENT, TRAINED,    0.87, 0.90, 0.99",
        "more,  TEST,        RULES_ONLY, 0.99, 0.90, 0.99",
        "more,  DEVELOPMENT, RULES_ONLY, 0.86, 0.99, 0.99",
        "more2, TEST,        RULES_ONLY, 0.37, 0.49, 0.99",
        "more2, DEVELOPMENT, RULES_ONLY, 0.46, 0.53, 0.99",
    })
    void eachHalfOfTheOtherNegotiationsStaysAtItsMeasuredLevel(String folder, CorpusHalf half,
                                                                ArticleExtractor.Models models, double recallFloor,
                                                                double precisionFloor, double topicFloor) {
        ExtractionEvaluation.Report report = evaluate(CORPUS.resolve(folder), models).half(half);
        System.out.println(models + " " + ScoreTables.summary(report));

        String name = models + ", " + report.corpus() + ": ";
        assertTrue(report.recall() >= recallFloor, name + "recall of must events " + report.recall());
        assertTrue(report.precision() >= precisionFloor, name + "precision " + report.precision());
        assertTrue(report.topicAccuracy() >= topicFloor,
                name + "share of articles given their topic " + report.topicAccuracy());
        assertEquals(0, report.afterPublication(), name + "events other than plans dated after publication");
    }

    private static ExtractionEvaluation.Report evaluate(Path corpus, ArticleExtractor.Models models) {
        Assumptions.assumeTrue(Files.isReadable(corpus.resolve("gold.json")),
                "annotated corpus not found at " + corpus.toAbsolutePath()
                        + "; set -Dtracker.corpus.dir to run the extraction evaluation");
        return REPORTS.computeIfAbsent(models + " " + corpus,
                key -> ExtractionEvaluation.evaluate(corpus, Extractors.loaded(models)));
    }

    /** Each loaded once, and only when a corpus is there to read. */
    private static final class Extractors {
        private static final Map<ArticleExtractor.Models, ArticleExtractor> LOADED = new ConcurrentHashMap<>();

        static ArticleExtractor loaded(ArticleExtractor.Models models) {
            return LOADED.computeIfAbsent(models, m -> ArticleExtractor.load(List.of(), m));
        }
    }
}
