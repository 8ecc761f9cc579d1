package org.negotiationtracker.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The evaluation command: {@code ./mvnw -q compile exec:java@evaluate-extraction} scores the extractor on the
 * reference corpus (../shared/corpus, or the first argument) and writes docs/extraction.md (or the second).
 */
public final class EvaluateExtraction {

    private EvaluateExtraction() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        Path output = Path.of(args.length > 1 ? args[1] : "docs/extraction.md");
        if (!Files.isReadable(corpus.resolve("gold.json"))) {
            System.err.println("reference corpus not found at " + corpus.toAbsolutePath()
                    + ": pass its folder as the first argument (-Dexec.args=\"DIR\")");
            System.exit(2);
        }
        long started = System.nanoTime();
        org.negotiationtracker.article.ArticleExtractor extractor = org.negotiationtracker.article.ArticleExtractor
                .load(List.of());
        long loaded = System.nanoTime();
        ExtractionEvaluation.Report report = ExtractionEvaluation.evaluate(corpus, extractor);
        String markdown = ExtractionReport.markdown(report, (loaded - started) / 1_000_000);
        Files.writeString(output, markdown);
        System.out.print(ExtractionReport.table(report));
        System.out.println(report.stateDifferences().isEmpty() ? "projected state: equals expectedState"
                : "projected state differs: " + report.stateDifferences());
        System.out.println("written to " + output);
    }
}
