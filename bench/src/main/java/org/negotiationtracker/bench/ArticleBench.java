package org.negotiationtracker.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
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
import org.negotiationtracker.evaluation.ExtractorLoad;

/**
 * Article extraction in process, one thread, for each extractor (the rules alone, and the trained models under
 * them, the one shipped) in a JVM of its own, so that each load's time and memory are its own: the cost of loading
 * it with all its models, then articles per second after warm-up, on the corpus articles and on our own fixtures
 * (as they are, and joined into 3-5 KB articles). Usage: ArticleBench CORPUS_ARTICLES_DIR FIXTURES_DIR OUTPUT.md;
 * each JVM it starts runs ArticleBench CORPUS_ARTICLES_DIR FIXTURES_DIR MODELS and prints its rows.
 */
public final class ArticleBench {

    /**
     * Warm-up is counted in CPU time of the process, not wall clock: on a machine other builds load, 15 s of wall
     * clock may be a few CPU seconds, and the trained extractor's first passes over the corpus ran at a third of its
     * later rate per CPU second (compilation and a collection of the 2 GB of models still running).
     */
    private static final long WARM_UP_CPU_NANOS = 15_000_000_000L;
    private static final long MEASURE_NANOS = 20_000_000_000L;
    /** How a measuring JVM marks the lines it hands back: a row of the load table, a row of the rates table. */
    private static final String LOAD_ROW = "load-row ";
    private static final String RATE_ROW = "rate-row ";

    private ArticleBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 2 && isModels(args[2])) {
            measure(Path.of(args[0]), Path.of(args[1]), ArticleExtractor.Models.valueOf(args[2]));
            return;
        }
        Path output = Path.of(args[2]);
        String loadAverageBefore = ExtractorLoad.loadAverage();
        List<String> loadRows = new ArrayList<>();
        List<String> rateRows = new ArrayList<>();
        for (ArticleExtractor.Models models : List.of(ArticleExtractor.Models.RULES_ONLY,
                ArticleExtractor.Models.TRAINED)) {
            for (String line : inItsOwnJvm(args[0], args[1], models)) {
                if (line.startsWith(LOAD_ROW)) {
                    loadRows.add(line.substring(LOAD_ROW.length()));
                } else if (line.startsWith(RATE_ROW)) {
                    rateRows.add(line.substring(RATE_ROW.length()));
                } else {
                    System.out.println(line);
                }
            }
        }
        StringBuilder report = new StringBuilder("## Article extraction\n\n");
        report.append(String.format(Locale.ROOT, """
                Each extractor in a JVM of its own (options: %s), one thread: `RULES_ONLY`, the rules with OpenNLP's tagger,
                and `TRAINED`, NLP4J's trained models under the same rules (the extractor shipped). Load: the
                extractor with all its models (the trained ones, which otherwise load on the first article, at once);
                heap live after a full collection once loaded, resident memory (`VmRSS`) then, and the most the
                process was resident (`VmHWM`) by the end of its measurements.

                | Extractor | version | load | ready after JVM start | heap in use after load | resident after load | peak resident |
                |---|---|---|---|---|---|---|
                """, jvmOptions()));
        loadRows.forEach(row -> report.append(row).append('\n'));
        report.append("""

                Articles per second on one thread after warm-up (wall clock), and per CPU second of the whole
                process (the thread, the garbage collector and the compiler: what one core does, whatever else the
                machine runs); an article without a registered topic is only triaged, so the share given a topic
                says how much of each set was extracted in full.

                | Articles | size (mean) | extractor | given a topic | articles/s, one thread | mean ms per article | articles per CPU second | load average at the end |
                |---|---|---|---|---|---|---|---|
                """);
        rateRows.forEach(row -> report.append(row).append('\n'));
        report.append(String.format(Locale.ROOT, "%nJava %s, %d cores, warm-up %d CPU s and measurement %d s per row;"
                        + " the machine's one-minute load average was %s at the start and %s at the end (other"
                        + " builds share it).%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), WARM_UP_CPU_NANOS / 1_000_000_000,
                MEASURE_NANOS / 1_000_000_000, loadAverageBefore, ExtractorLoad.loadAverage()));
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, report.toString());
        System.out.print(report);
    }

    private static String jvmOptions() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return options.isEmpty() ? "the defaults" : "`" + String.join(" ", options) + "`";
    }

    private static boolean isModels(String argument) {
        return Stream.of(ArticleExtractor.Models.values()).anyMatch(m -> m.name().equals(argument));
    }

    /** Runs the measurement of one extractor in a new JVM with this one's options, and returns what it printed. */
    private static List<String> inItsOwnJvm(String corpus, String fixtures, ArticleExtractor.Models models)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ArticleBench.class.getName(), corpus,
                fixtures, models.name()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            lines = out.lines().toList();
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the measurement of " + models + " failed: " + lines);
        }
        return lines;
    }

    /** In the JVM of one extractor: loads it, measures each set of articles, prints the rows. */
    private static void measure(Path corpusDir, Path fixturesDir, ArticleExtractor.Models models) throws IOException {
        List<String> corpus = texts(corpusDir);
        List<String> fixtures = texts(fixturesDir);
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        ExtractorLoad loaded = ExtractorLoad.of(models);
        long readyAfterJvmStart = System.currentTimeMillis() - jvmStart;
        ArticleExtractor extractor = loaded.extractor();

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

        List<String> rateRows = new ArrayList<>();
        for (Object[] set : List.of(new Object[]{"corpus (4)", corpus}, new Object[]{"own fixtures", fixtures},
                new Object[]{"corpus + fixtures joined to 3-5 KB", joined})) {
            @SuppressWarnings("unchecked")
            List<String> texts = (List<String>) set[1];
            warmUp(extractor, texts, topics);
            Rate rate = run(extractor, texts, topics, MEASURE_NANOS);
            double size = texts.stream().mapToInt(String::length).average().orElse(0);
            rateRows.add(String.format(Locale.ROOT, "| %s | %.1f KB | `%s` | %d / %d | %.1f | %.1f | %.1f | %s |",
                    set[0], size / 1024, models, topicCount(extractor, texts, topics), texts.size(), rate.perSecond(),
                    1000 / rate.perSecond(), rate.perCpuSecond(), ExtractorLoad.loadAverage()));
        }
        ExtractorLoad.Cost cost = loaded.cost();
        System.out.println(LOAD_ROW + String.format(Locale.ROOT,
                "| `%s` | %s | %.1f s (load average %s) | %.1f s | %d MiB | %d MiB | %d MiB |", models, cost.version(),
                cost.millis() / 1000.0, cost.loadAverage(), readyAfterJvmStart / 1000.0, cost.heapMiB(),
                cost.residentMiB(), ExtractorLoad.processStatusMiB("VmHWM")));
        rateRows.forEach(row -> System.out.println(RATE_ROW + row));
    }

    /** Articles per second of wall clock, and per CPU second of the whole process. */
    private record Rate(double perSecond, double perCpuSecond) {
    }

    private static Rate run(ArticleExtractor extractor, List<String> texts, List<TopicDefinition> topics,
                            long nanos) {
        OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = system.getProcessCpuTime();
        long start = System.nanoTime();
        long count = 0;
        int events = 0;
        while (System.nanoTime() - start < nanos) {
            events += extractor.extract(article(texts.get((int) (count % texts.size()))), topics).events().size();
            count++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (system.getProcessCpuTime() - cpuStart) / 1e9;
        if (events < 0) {
            throw new IllegalStateException("unreachable: keeps the results alive");
        }
        return new Rate(count / seconds, count / cpuSeconds);
    }

    /** Extracts the articles in turn until the process has spent the warm-up's CPU time. */
    private static void warmUp(ArticleExtractor extractor, List<String> texts, List<TopicDefinition> topics) {
        OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = system.getProcessCpuTime();
        for (int i = 0; system.getProcessCpuTime() - cpuStart < WARM_UP_CPU_NANOS; i++) {
            extractor.extract(article(texts.get(i % texts.size())), topics);
        }
    }

    private static long topicCount(ArticleExtractor extractor, List<String> texts, List<TopicDefinition> topics) {
        return texts.stream().filter(text -> extractor.triage(article(text), topics).topic().isPresent()).count();
    }

    private static Article article(String text) {
        return new Article("", text, "bench", null, PartialDate.parse("2019-02-16"));
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
