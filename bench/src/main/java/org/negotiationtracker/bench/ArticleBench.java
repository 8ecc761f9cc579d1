package org.negotiationtracker.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.negotiationtracker.article.Article;
import org.negotiationtracker.article.ArticleExtractor;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.domain.TopicDefinition;

/**
 * Article extraction in process, one thread: the cost of loading the models and gazetteers, then articles per
 * second after warm-up, on the corpus articles and on our own fixtures (as they are, and joined into 3-5 KB
 * articles). Usage: ArticleBench CORPUS_ARTICLES_DIR FIXTURES_DIR OUTPUT.md
 */
public final class ArticleBench {

    private static final long WARM_UP_NANOS = 15_000_000_000L;
    private static final long MEASURE_NANOS = 20_000_000_000L;

    private ArticleBench() {
    }

    public static void main(String[] args) throws IOException {
        List<String> corpus = texts(Path.of(args[0]));
        List<String> fixtures = texts(Path.of(args[1]));
        Path output = Path.of(args[2]);

        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long started = System.nanoTime();
        ArticleExtractor extractor = ArticleExtractor.load(List.of());
        long loadMillis = (System.nanoTime() - started) / 1_000_000;
        long secondLoadStart = System.nanoTime();
        ArticleExtractor.load(List.of());
        long reloadMillis = (System.nanoTime() - secondLoadStart) / 1_000_000;

        List<TopicDefinition> topics = List.of(
                topic("russia-japan-peace-treaty", List.of("Russia", "Japan"), List.of("peace treaty", "Southern Kurils")),
                topic("iran-nuclear-talks", List.of("Iran", "United States"), List.of("nuclear deal")),
                topic("us-china-trade", List.of("United States", "China"), List.of("trade negotiations", "tariffs")),
                topic("israel-hamas-ceasefire", List.of("Israel", "Hamas"), List.of("ceasefire")));
        List<String> joined = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            StringBuilder text = new StringBuilder(corpus.get(i));
            for (int k = 0; text.length() < 3500; k++) {
                text.append("\n\n").append(fixtures.get((i + k) % fixtures.size()));
            }
            joined.add(text.toString());
        }

        StringBuilder report = new StringBuilder();
        report.append("## Article extraction\n\n");
        report.append(String.format(Locale.ROOT, "Loading the models and gazetteers: %d ms in a fresh JVM (%d ms after "
                + "JVM start), %d ms a second time in the same JVM.%n%n", loadMillis,
                System.currentTimeMillis() - jvmStart, reloadMillis));
        report.append("| Articles | Size (mean) | Articles/s, one thread | Mean ms per article |\n|---|---|---|---|\n");
        for (Object[] set : List.of(new Object[]{"corpus (4)", corpus}, new Object[]{"own fixtures", fixtures},
                new Object[]{"corpus + fixtures joined to 3-5 KB", joined})) {
            @SuppressWarnings("unchecked")
            List<String> texts = (List<String>) set[1];
            double rate = rate(extractor, texts, topics);
            double size = texts.stream().mapToInt(String::length).average().orElse(0);
            report.append(String.format(Locale.ROOT, "| %s | %.1f KB | %.0f | %.2f |%n", set[0], size / 1024, rate,
                    1000 / rate));
        }
        report.append(String.format(Locale.ROOT, "%nJava %s, %d cores, warm-up %d s and measurement %d s per row.%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                WARM_UP_NANOS / 1_000_000_000, MEASURE_NANOS / 1_000_000_000));
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, report.toString());
        System.out.print(report);
    }

    private static double rate(ArticleExtractor extractor, List<String> texts, List<TopicDefinition> topics) {
        run(extractor, texts, topics, WARM_UP_NANOS);
        return run(extractor, texts, topics, MEASURE_NANOS);
    }

    private static double run(ArticleExtractor extractor, List<String> texts, List<TopicDefinition> topics, long nanos) {
        long start = System.nanoTime();
        long count = 0;
        int events = 0;
        while (System.nanoTime() - start < nanos) {
            String text = texts.get((int) (count % texts.size()));
            events += extractor.extract(new Article("", text, "bench", null, PartialDate.parse("2019-02-16")), topics)
                    .events().size();
            count++;
        }
        if (events < 0) {
            throw new IllegalStateException("unreachable: keeps the results alive");
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static TopicDefinition topic(String id, List<String> parties, List<String> aliases) {
        return new TopicDefinition(id, id, parties, aliases, List.of(), List.of());
    }

    private static List<String> texts(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file));
            }
            return texts;
        }
    }
}
