package org.negotiationtracker.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.article.ArticleExtractor;

/** The evaluation command's measure, held to its targets on the reference corpus. */
class ArticleExtractionEvaluationTest {

    @Test
    void theReferenceCorpusIsExtractedToTheGoldStandard() {
        Path corpus = Path.of(System.getProperty("tracker.corpus.dir", "../shared/corpus"));
        Assumptions.assumeTrue(Files.isReadable(corpus.resolve("gold.json")),
                "reference corpus not found at " + corpus.toAbsolutePath()
                        + "; set -Dtracker.corpus.dir to run the extraction evaluation");

        ExtractionEvaluation.Report report = ExtractionEvaluation.evaluate(corpus, ArticleExtractor.load(List.of()));

        assertTrue(report.recall() >= 0.9, "recall of must events " + report.recall());
        assertTrue(report.precision() >= 0.85, "precision " + report.precision());
        assertEquals(report.matchedGold(), report.exactDates(), "every matched date exact");
        assertEquals(java.util.List.of(), report.stateDifferences());
    }
}
