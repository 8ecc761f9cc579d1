package org.negotiationtracker.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.negotiationtracker.article.ArticleExtractor;

/**
 * The evaluation command: {@code ./mvnw -q -pl tracker-evaluation -am test-compile exec:java@evaluate-extraction}
 * scores the extractor on the reference corpus (../shared/corpus, or the first argument) and on its annotated
 * sub-folders {@code more/} and {@code more2/} when present, each split into its test and development half
 * ({@link CorpusHalf}) and both pooled; prints the scores and writes docs/extraction.md (or the second argument).
 */
public final class EvaluateExtraction {

    /** The sub-folders of the corpus annotated with several topics, split into halves by track. */
    static final List<String> ANNOTATED_FOLDERS = List.of("more", "more2");

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
        ExtractionEvaluation.Report reference = ExtractionEvaluation.evaluate(corpus, extractor);
        List<ExtractionEvaluation.Report> annotated = new ArrayList<>();
        for (String folder : ANNOTATED_FOLDERS) {
            if (Files.isReadable(corpus.resolve(folder).resolve("gold.json"))) {
                annotated.add(ExtractionEvaluation.evaluate(corpus.resolve(folder), extractor));
            }
        }
        Files.writeString(output, ExtractionReport.markdown(reference, annotated, (loaded - started) / 1_000_000));
        List<ExtractionReport.Half> halves = ExtractionReport.halves(annotated);
        for (ExtractionReport.Half half : halves) {
            half.corpora().forEach(report -> System.out.print(report.corpus() + "\n" + ScoreTables.table(report)));
        }
        System.out.print(reference.corpus() + "\n" + ScoreTables.table(reference));
        System.out.println(ScoreTables.summary(reference));
        for (ExtractionReport.Half half : halves) {
            half.rows().forEach(report -> System.out.println(ScoreTables.summary(report)));
        }
        System.out.println("written to " + output);
    }
}
