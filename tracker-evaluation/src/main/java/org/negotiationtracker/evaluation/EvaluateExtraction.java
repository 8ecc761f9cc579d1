package org.negotiationtracker.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.negotiationtracker.article.ArticleExtractor;

/**
 * The evaluation command: {@code ./mvnw -q -pl tracker-evaluation -am compile exec:java@evaluate-extraction}
 * scores the extractor on the reference corpus (../shared/corpus, or the first argument) and on its sub-folder
 * {@code more/} when present, prints the scores and writes docs/extraction.md (or the second argument).
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
        ArticleExtractor extractor = ArticleExtractor.load(List.of());
        long loaded = System.nanoTime();
        List<ExtractionEvaluation.Report> reports = new ArrayList<>();
        reports.add(ExtractionEvaluation.evaluate(corpus, extractor));
        Path more = corpus.resolve("more");
        if (Files.isReadable(more.resolve("gold.json"))) {
            reports.add(ExtractionEvaluation.evaluate(more, extractor));
        }
        Files.writeString(output, ExtractionReport.markdown(reports, (loaded - started) / 1_000_000));
        for (ExtractionEvaluation.Report report : reports) {
            System.out.print(ExtractionReport.table(report));
            System.out.println(ExtractionReport.summary(report));
        }
        System.out.println("written to " + output);
    }
}
