package org.negotiationtracker.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.negotiationtracker.article.ArticleExtractor;

/**
 * The evaluation command's measure, held to its targets on the reference corpus (four articles on one topic, with
 * the expected state), and on each half of {@code more/} and {@code more2/} (articles of other publishers on other
 * negotiations) to the level measured, so that a change that makes either half worse fails.
 */
class ArticleExtractionEvaluationTest {

    private static final Path CORPUS = Path.of(System.getProperty("tracker.corpus.dir", "../shared/corpus"));

    /** Each corpus is extracted once for all the tests that read it. */
    private static final Map<Path, ExtractionEvaluation.Report> REPORTS = new ConcurrentHashMap<>();

    @Test
    void theReferenceCorpusIsExtractedToTheGoldStandard() {
        ExtractionEvaluation.Report report = evaluate(CORPUS);

        assertEquals(1.0, report.recall(), "recall of must events");
        assertTrue(report.precision() >= 0.85, "precision " + report.precision());
        assertEquals(report.matchedGold(), report.exactDates(), "every matched date exact");
        assertEquals(0, report.afterPublication(), "events other than plans dated after publication");
        assertEquals(List.of(), report.stateDifferences());
    }

    /*
     * The floors are no targets (those are in docs/extraction.md, and the test half does not meet them yet): each
     * is just below the figure measured on 2026-12-07 with the extractor of commit 06310ca (0.01 under it, rounded
     * down to the hundredth), so that one must event more missed, or one wrong event more, fails. Measured:
     * more/ test recall 11 / 11, precision 20 / 20; more/ development 14 / 16, 25 / 25; more2/ test 3 / 13,
     * 4 / 11; more2/ development 7 / 17, 12 / 25; the topic chosen right for all 30 articles. Re-set them from the
     * evaluation command's output whenever a change of the extractor moves the figures.
     */
    @ParameterizedTest(name = "{0}/ {1} half: must recall ≥ {2}, precision ≥ {3}, topic chosen right ≥ {4}")
    @CsvSource({
        "more,  TEST,        0.99, 0.99, 0.99",
        "more,  DEVELOPMENT, 0.86, 0.99, 0.99",
        "more2, TEST,        0.22, 0.35, 0.99",
        "more2, DEVELOPMENT, 0.40, 0.47, 0.99",
    })
    void eachHalfOfTheOtherNegotiationsStaysAtItsMeasuredLevel(String folder, CorpusHalf half, double recallFloor,
                                                                double precisionFloor, double topicFloor) {
        ExtractionEvaluation.Report report = evaluate(CORPUS.resolve(folder)).half(half);
        System.out.println(ScoreTables.summary(report));

        String name = report.corpus() + ": ";
        assertTrue(report.recall() >= recallFloor, name + "recall of must events " + report.recall());
        assertTrue(report.precision() >= precisionFloor, name + "precision " + report.precision());
        assertTrue(report.topicAccuracy() >= topicFloor,
                name + "share of articles given their topic " + report.topicAccuracy());
        assertEquals(0, report.afterPublication(), name + "events other than plans dated after publication");
    }

    private static ExtractionEvaluation.Report evaluate(Path corpus) {
        Assumptions.assumeTrue(Files.isReadable(corpus.resolve("gold.json")),
                "annotated corpus not found at " + corpus.toAbsolutePath()
                        + "; set -Dtracker.corpus.dir to run the extraction evaluation");
        return REPORTS.computeIfAbsent(corpus, c -> ExtractionEvaluation.evaluate(c, Extractor.SHARED));
    }

    /** Loaded once, and only when a corpus is there to read. */
    private static final class Extractor {
        static final ArticleExtractor SHARED = ArticleExtractor.load(List.of());
    }
}
