package org.negotiationtracker.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.article.ArticleExtractor;

/**
 * The evaluation command's measure, held to its targets on the reference corpus (four articles on one topic,
 * with the expected state) and on {@code more/} (articles of other publishers on other negotiations).
 */
class ArticleExtractionEvaluationTest {

    private static final Path CORPUS = Path.of(System.getProperty("tracker.corpus.dir", "../shared/corpus"));

    @Test
    void theReferenceCorpusIsExtractedToTheGoldStandard() {
        ExtractionEvaluation.Report report = evaluate(CORPUS);

        assertEquals(1.0, report.recall(), "recall of must events");
        assertTrue(report.precision() >= 0.85, "precision " + report.precision());
        assertEquals(report.matchedGold(), report.exactDates(), "every matched date exact");
        assertEquals(0, report.afterPublication(), "events other than plans dated after publication");
        assertEquals(List.of(), report.stateDifferences());
    }

    @Test
    void articlesOfOtherNegotiationsAreExtractedAtTheMeasuredLevel() {
        ExtractionEvaluation.Report report = evaluate(CORPUS.resolve("more"));
        System.out.println(ExtractionReport.summary(report));

        assertTrue(report.recall() >= 0.85, "recall of must events " + report.recall());
        assertTrue(report.precision() >= 0.85, "precision " + report.precision());
        assertEquals(0, report.afterPublication(), "events other than plans dated after publication");
    }

    private static ExtractionEvaluation.Report evaluate(Path corpus) {
        Assumptions.assumeTrue(Files.isReadable(corpus.resolve("gold.json")),
                "annotated corpus not found at " + corpus.toAbsolutePath()
                        + "; set -Dtracker.corpus.dir to run the extraction evaluation");
        return ExtractionEvaluation.evaluate(corpus, ArticleExtractor.load(List.of()));
    }
}
