package org.negotiationtracker.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.negotiationtracker.article.ArticleExtractor;

/**
 * The evaluation command: {@code ./mvnw -q -pl src/tracker-evaluation -am test-compile exec:java@evaluate-extraction}
 * scores the extractor on the reference corpus (../shared/corpus, or the first argument) and on its annotated
 * sub-folders {@code more/} and {@code more2/} when present, each split into its test and development half
 * ({@link CorpusHalf}) and both pooled; once with the rules alone and once with the trained models under them (the
 * extractor shipped), each loaded once, on the same articles; prints the scores and writes docs/extraction.md (or
 * the second argument).
 */
public final class EvaluateExtraction {

    /** The sub-folders of the corpus annotated with several topics, split into halves by track. */
    static final List<String> ANNOTATED_FOLDERS = List.of("more", "more2");

    private EvaluateExtraction() {
    }

    /**
     * One extractor's pass over every corpus: what loading it cost, its scores, and how long the extraction of
     * all the articles took (one thread, the first pass: no warm-up).
     */
    record Run(ExtractorLoad.Cost load, ExtractionEvaluation.Report reference,
               List<ExtractionEvaluation.Report> annotated, long extractionMillis) {

        int articles() {
            return reference.articles().size() + annotated.stream().mapToInt(r -> r.articles().size()).sum();
        }

        double articlesPerSecond() {
            return articles() * 1000.0 / Math.max(1, extractionMillis);
        }
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        Path output = Path.of(args.length > 1 ? args[1] : "docs/extraction.md");
        if (!Files.isReadable(corpus.resolve("gold.json"))) {
            System.err.println("reference corpus not found at " + corpus.toAbsolutePath()
                    + ": pass its folder as the first argument (-Dexec.args=\"DIR\")");
            System.exit(2);
        }
        // The rules alone first: their extractor is gone before the trained one loads, so each load's memory
        // is its own
        Run rulesOnly = run(corpus, ArticleExtractor.Models.RULES_ONLY);
        Run trained = run(corpus, ArticleExtractor.Models.TRAINED);
        Files.writeString(output, ExtractionReport.markdown(trained, rulesOnly));
        List<ExtractionReport.Half> halves = ExtractionReport.halves(trained.annotated());
        for (ExtractionReport.Half half : halves) {
            half.corpora().forEach(report -> System.out.print(report.corpus() + "\n" + ScoreTables.table(report)));
        }
        System.out.print(trained.reference().corpus() + "\n" + ScoreTables.table(trained.reference()));
        for (Run run : List.of(rulesOnly, trained)) {
            ExtractorLoad.Cost load = run.load();
            System.out.printf(Locale.ROOT, "%n%s (%s): loaded in %d ms (load average %s), heap %d MiB, resident %d"
                            + " MiB; %d articles at %.1f articles/s%n", load.models(), load.version(), load.millis(),
                    load.loadAverage(), load.heapMiB(), load.residentMiB(), run.articles(), run.articlesPerSecond());
            System.out.println(ScoreTables.summary(run.reference()));
            for (ExtractionReport.Half half : ExtractionReport.halves(run.annotated())) {
                half.rows().forEach(report -> System.out.println(ScoreTables.summary(report)));
            }
        }
        System.out.println("written to " + output);
    }

    private static Run run(Path corpus, ArticleExtractor.Models models) {
        ExtractorLoad loaded = ExtractorLoad.of(models);
        long started = System.nanoTime();
        ExtractionEvaluation.Report reference = ExtractionEvaluation.evaluate(corpus, loaded.extractor());
        List<ExtractionEvaluation.Report> annotated = new ArrayList<>();
        for (String folder : ANNOTATED_FOLDERS) {
            if (Files.isReadable(corpus.resolve(folder).resolve("gold.json"))) {
                annotated.add(ExtractionEvaluation.evaluate(corpus.resolve(folder), loaded.extractor()));
            }
        }
        return new Run(loaded.cost(), reference, annotated, (System.nanoTime() - started) / 1_000_000);
    }
}
