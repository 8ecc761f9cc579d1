package org.negotiationtracker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.negotiationtracker.ServiceProcess;
import org.negotiationtracker.kafka.KafkaBroker;

/**
 * Runs the benchmarks against a fresh PostgreSQL database and writes the figures as Markdown.
 * Arguments: service jar, JDBC URL of the PostgreSQL server (any database), output file, then the parts to
 * run ({@code appends}, {@code import}, {@code import-memory}, {@code rebuild}, {@code streams}, {@code kafka}; all but {@code rebuild} and
 * {@code import-memory} when none is named). Extra JVM options for the service (a
 * profiler, say) come from the environment variable BENCH_SERVICE_OPTS.
 */
public final class BenchMain {

    /** Dropped and created again for each part; BENCH_DATABASE names another, so benches sharing a server don't clash. */
    private static final String DATABASE = System.getenv().getOrDefault("BENCH_DATABASE", "tracker_bench");
    private static final int KAFKA_BACKLOG = 200_000;
    /** Events of each import file: some 120 MB of NDJSON, past the HTTP layer's 64M body limit. */
    private static final int IMPORT_EVENTS = 200_000;
    /**
     * The projector keeps each cached topic's state, which grows with its events (some 1 KB of heap an event here):
     * 400,000 events on 200 topics need about a gigabyte, whatever the import holds (two chunks).
     */
    private static final int IMPORT_HEAP_MIB = 1536;
    /** Both files' 400,000 reports, about 800 MiB of the heap above. */
    private static final int IMPORT_CACHED_REPORTS = 450_000;
    /**
     * The long import of the part {@code import-memory}: about 1 GB of NDJSON (BENCH_IMPORT_MEMORY_EVENTS events of
     * ~600 bytes on the same 200 topics), into a service whose heap is capped at BENCH_IMPORT_MEMORY_HEAP_MIB.
     */
    private static final int IMPORT_MEMORY_EVENTS = Integer.parseInt(
            System.getenv().getOrDefault("BENCH_IMPORT_MEMORY_EVENTS", "1700000"));
    private static final int IMPORT_MEMORY_HEAP_MIB = Integer.parseInt(
            System.getenv().getOrDefault("BENCH_IMPORT_MEMORY_HEAP_MIB", "384"));
    private static final Duration IMPORT_MEMORY_SAMPLES = Duration.ofSeconds(15);
    private static final Duration IMPORT_MEMORY_PROJECTION_WAIT = Duration.ofMinutes(3);
    private static final Duration STREAM_WARM_UP = Duration.ofSeconds(60);
    /** No database, framework or log: its JIT has far less to compile than the service's. */
    /**
     * Before the first appends case (one client), unmeasured appends from this many clients for this long (seconds in
     * BENCH_APPENDS_WARM_UP, 0 for none): started cold, the one-client case spent more CPU compiling than appending.
     */
    private static final Duration APPENDS_WARM_UP = Duration.ofSeconds(30);
    private static final int APPENDS_WARM_UP_CLIENTS = 16;
    private static final Duration BARE_WARM_UP = Duration.ofSeconds(20);
    /** The first is published by a service still warming up; the relay's figure is the faster of the others. */
    private static final int KAFKA_BACKLOGS = 3;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String jar = args[0];
        String serverUrl = args[1];
        Path output = Path.of(args[2]);
        List<String> parts = args.length > 3 ? List.of(args).subList(3, args.length) : List.of("appends", "import", "streams", "kafka");
        List<String> serviceOptions = serviceOptions();
        String jdbcUrl = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + DATABASE;
        StringBuilder report = new StringBuilder("# Benchmark run " + LocalDateTime.now().withNano(0) + "\n\n");
        report.append(machine()).append('\n');

        if (parts.contains("appends")) {
            recreateDatabase(serverUrl);
            try (ServiceProcess service = start(jar, jdbcUrl, serviceOptions, Map.of())) {
                appends(new AppendBench(service, jdbcUrl, Duration.ofSeconds(3), Duration.ofSeconds(10)), report);
            }
            flush(output, report);
        }
        if (parts.contains("import")) {
            recreateDatabase(serverUrl);
            List<String> capped = new ArrayList<>(serviceOptions);
            capped.add("-Xmx" + IMPORT_HEAP_MIB + "m");
            // the import appends no article: the extractor and its models (gigabytes) stay out of the heap measured;
            // the projector keeps every imported topic in memory, as it did before its cache was bounded by reports,
            // so this part measures the import, not the projector reading topics back (the part import-memory does)
            try (ServiceProcess service = start(jar, jdbcUrl, capped, Map.of("TRACKER_EXTRACTOR_ENABLED", "false",
                    "TRACKER_PROJECTION_CACHED_REPORTS", Integer.toString(IMPORT_CACHED_REPORTS)))) {
                imports(new ImportBench(service, jdbcUrl), report);
            }
            flush(output, report);
        }
        if (parts.contains("import-memory")) {
            recreateDatabase(serverUrl);
            List<String> capped = new ArrayList<>(serviceOptions);
            capped.add("-Xmx" + IMPORT_MEMORY_HEAP_MIB + "m");
            try (ServiceProcess service = start(jar, jdbcUrl, capped, Map.of("TRACKER_EXTRACTOR_ENABLED", "false"))) {
                importMemory(new ImportBench(service, jdbcUrl), report);
            }
            flush(output, report);
        }
        if (parts.contains("rebuild")) {
            recreateDatabase(serverUrl);
            List<String> logged = new ArrayList<>(serviceOptions);
            logged.add("-Dquarkus.log.category.\"org.negotiationtracker.projection\".level=INFO");
            // the JVM's default heap here (a quarter of 23 GiB) holds a million-event fold at once, as measured
            // and the live projector keeps every topic in memory as it folds the million first (the JVM's default
            // heap holds a quarter as many reports in the default cache, which it would read back page after page)
            try (ServiceProcess service = start(jar, jdbcUrl, logged,
                    Map.of("TRACKER_PROJECTION_REBUILD_EVENTS_IN_MEMORY", "2000000",
                            "TRACKER_PROJECTION_CACHED_REPORTS", "1500000"))) {
                rebuild(new RebuildBench(service, jdbcUrl), report);
            }
            flush(output, report);
        }
        if (parts.contains("kafka")) {
            recreateDatabase(serverUrl);
            try (ServiceProcess service = start(jar, jdbcUrl, serviceOptions, Map.of())) {
                KafkaBench.registerTopics(service);
                KafkaBench.fillLog(service, KAFKA_BACKLOG, "kafka-cold-");
            }
            settle(jdbcUrl);
            try (KafkaBroker broker = KafkaBroker.start()) {
                KafkaBench bench = new KafkaBench(broker.bootstrapServers());
                bench.warmUpBroker(KAFKA_BACKLOG, 900);
                try (ServiceProcess service = start(jar, jdbcUrl, serviceOptions,
                        Map.of("TRACKER_KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers()))) {
                    // the first backlog meets a service whose JIT is still compiling; the next ones, appended
                    // while the broker is down, are published by the same service once it is back
                    KafkaBench.awaitNoLag(service, Duration.ofMinutes(5));
                    bench.stampAppendTimes();
                    KafkaBench.Span relay = null;
                    List<ConsumerRecord<byte[], byte[]>> published = List.of();
                    for (int backlog = 2; backlog <= KAFKA_BACKLOGS; backlog++) {
                        broker.stop();
                        KafkaBench.fillLog(service, KAFKA_BACKLOG, "kafka-" + backlog + "-");
                        settle(jdbcUrl);
                        long restarted = System.currentTimeMillis();
                        broker.restart();
                        published = bench.publishedSince(service, (long) backlog * KAFKA_BACKLOG, restarted);
                        KafkaBench.Span span = KafkaBench.relaySpan(published);
                        relay = relay == null ? span : KafkaBench.faster(relay, span);
                    }
                    kafka(bench, service, published, relay, report);
                }
            }
            flush(output, report);
        }
        if (parts.contains("streams")) {
            recreateDatabase(serverUrl);
            List<String> capped = new ArrayList<>(serviceOptions);
            capped.add("-Xmx512m");
            // the projector keeps the streams' topic in memory however long it grows, as it did before its cache was
            // bounded by reports (a quarter of this heap holds some 64,000; the topic grows past 100,000)
            try (ServiceProcess service = start(jar, jdbcUrl, capped,
                    Map.of("TRACKER_PROJECTION_CACHED_REPORTS", "1000000"))) {
                streams(new StreamBench(service), report);
            }
            flush(output, report);
        }
        System.out.println(report);
    }

    private static void appends(AppendBench bench, StringBuilder report) throws Exception {
        report.append("## Appends\n\n| what | clients | events/s | ratio to raw | p50 ms | p99 ms | projection lag p99 ms |\n"
                + "|---|---|---|---|---|---|---|\n");
        List<AppendBench.Result> measured = new ArrayList<>();
        Duration warmUp = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_APPENDS_WARM_UP",
                Long.toString(APPENDS_WARM_UP.toSeconds()))));
        if (!warmUp.isZero()) {
            bench.warmUpService(APPENDS_WARM_UP_CLIENTS, warmUp);
        }
        report.append(String.format("The service first appended for %d s from %d clients, not measured "
                + "(BENCH_APPENDS_WARM_UP=%d).%n%n", warmUp.toSeconds(), APPENDS_WARM_UP_CLIENTS, warmUp.toSeconds()));
        for (int clients : new int[] {1, 16, 64}) {
            AppendBench.Result http = bench.httpSingle(clients);
            AppendBench.Result raw = bench.rawSingle(clients);
            measured.addAll(List.of(http, raw));
            row(report, http, raw);
            row(report, raw, raw);
            if (clients > 1) {
                AppendBench.Result bare = bench.bareHttpSingle(clients);
                measured.add(bare);
                row(report, bare, raw);
            }
        }
        AppendBench.Result http = bench.httpBatch(4, 1000);
        AppendBench.Result raw = bench.rawBatch(4, 1000);
        measured.addAll(List.of(http, raw));
        row(report, http, raw);
        row(report, raw, raw);
        report.append('\n');
        cpu(report, measured);
        AppendBench.Rebuild rebuild = bench.rebuild();
        report.append(String.format("Rebuild of the read models after these runs (blue/green, nothing appending): "
                + "%d events in %d ms, %.0f events/s.%n%n", rebuild.events(), rebuild.millis(),
                rebuild.events() * 1000.0 / rebuild.millis()));
    }

    private static void imports(ImportBench bench, StringBuilder report) throws Exception {
        ImportBench.Result http = bench.http(IMPORT_EVENTS);
        ImportBench.Result raw = bench.raw(IMPORT_EVENTS);
        report.append("## Bulk import\n\nOne NDJSON file of ").append(IMPORT_EVENTS).append(" events (~600 bytes each, ")
                .append("200 topics) streamed to POST /api/events/import, after a first file as large that warmed the ")
                .append("service up; against raw JDBC batched inserts of the same rows on one connection, a commit per ")
                .append("2,000. Target: import ≥ 0.6 × raw.\n\n| what | events | s | events/s | ratio to raw |\n")
                .append("|---|---|---|---|---|\n");
        for (ImportBench.Result result : List.of(http, raw)) {
            report.append(String.format("| %s | %d | %.2f | %.0f | %.2f |%n", result.what(), result.events(),
                    result.seconds(), result.rate(), result.rate() / raw.rate()));
            System.err.printf("%s: %.0f events/s%n", result.what(), result.rate());
        }
        report.append(String.format("%nService heap capped at %d MiB (extractor off); its "
                + "peak resident memory after both imports (VmHWM): %d MiB.%n%n", IMPORT_HEAP_MIB,
                http.serviceResidentPeakKiB() / 1024));
    }

    private static void importMemory(ImportBench bench, StringBuilder report) throws Exception {
        ImportBench.Watched watched = bench.watched(IMPORT_MEMORY_EVENTS, IMPORT_MEMORY_SAMPLES,
                IMPORT_MEMORY_PROJECTION_WAIT);
        ImportBench.Result result = watched.result();
        report.append(String.format("## Bulk import, memory%n%nOne NDJSON file of %d events (%.2f GB; ~600 bytes each, "
                + "200 topics) streamed to POST /api/events/import into a service whose heap is capped at %d MiB "
                + "(extractor off, tracker.projection.cached-reports at its default); every %d s the heap after a "
                + "full GC (jcmd GC.run, then the service's jvm_memory_used_bytes), the log's head, the projector's "
                + "position and the reports of the topics it keeps in memory; after the import, the same until the "
                + "projector has folded the file (at most %d min).%n%n",
                result.events(), watched.fileBytes() / 1e9, IMPORT_MEMORY_HEAP_MIB, IMPORT_MEMORY_SAMPLES.toSeconds(),
                IMPORT_MEMORY_PROJECTION_WAIT.toMinutes()));
        report.append(String.format("Imported in %.1f s, %.0f events/s; the projector %s. Peak resident memory "
                + "(VmHWM): %d MiB.%n%n| s | heap after GC, MiB | log head | projector | cached reports |%n"
                + "|---|---|---|---|---|%n", result.seconds(), result.rate(), watched.caughtUpSeconds() < 0
                ? "had not caught up " + IMPORT_MEMORY_PROJECTION_WAIT.toMinutes() + " min after the import"
                : String.format("caught up %.0f s after the import began", watched.caughtUpSeconds()),
                result.serviceResidentPeakKiB() / 1024));
        for (ImportBench.Sample sample : watched.samples()) {
            report.append(String.format("| %.0f | %.0f | %d | %d | %d |%n", sample.seconds(), sample.heapAfterGcMiB(),
                    sample.head(), sample.projected(), sample.cachedReports()));
        }
        report.append('\n');
        System.err.printf("import of %d events: %.0f events/s, heap after GC at most %.0f MiB%n", result.events(),
                result.rate(), watched.samples().stream().mapToDouble(ImportBench.Sample::heapAfterGcMiB).max()
                        .orElse(0));
    }

    /**
     * A rebuild of a log of {@code BENCH_REBUILD_EVENTS} events (a million unless set): the first meets a service
     * whose JIT has compiled little of the fold; the next ones, with nothing appending, are what a running service
     * does.
     */
    private static void rebuild(RebuildBench bench, StringBuilder report) throws Exception {
        long events = Long.parseLong(System.getenv().getOrDefault("BENCH_REBUILD_EVENTS", "1000000"));
        long started = System.nanoTime();
        long filled = bench.fill(events);
        long fill = (System.nanoTime() - started) / 1_000_000;
        bench.awaitProjected();
        report.append(String.format("## Rebuild%n%nThe log filled to %d events in %.1f s (seeded over HTTP, copied by "
                + "the database); then `POST /api/admin/projections/rebuild` three times, nothing appending.%n%n"
                + "| rebuild | events | topics | timeline entries | s | events/s |%n|---|---|---|---|---|---|%n",
                filled, fill / 1000.0));
        List<RebuildBench.Rebuild> runs = new ArrayList<>();
        for (int run = 1; run <= 3; run++) {
            RebuildBench.Rebuild rebuild = bench.rebuild();
            runs.add(rebuild);
            report.append(String.format("| %d | %d | %d | %d | %.1f | %.0f |%n", run, rebuild.events(),
                    rebuild.topics(), rebuild.entries(), rebuild.millis() / 1000.0, rebuild.rate()));
            System.err.printf("rebuild %d: %d events in %d ms, %.0f events/s%n", run, rebuild.events(),
                    rebuild.millis(), rebuild.rate());
        }
        report.append("\nCPU per event, µs (Linux's accounting over each rebuild: the service's whole process, of which its "
                + "GC threads, and PostgreSQL's processes for the bench's database and the server's own; a process that ended "
                + "during a rebuild is not counted):\n\n"
                + "| rebuild | service | of which GC | PostgreSQL | sum |\n|---|---|---|---|---|\n");
        for (int run = 0; run < runs.size(); run++) {
            RebuildBench.Rebuild rebuild = runs.get(run);
            double perEvent = 1000.0 / rebuild.events();
            report.append(String.format("| %d | %.1f | %.1f | %.1f | %.1f |%n", run + 1,
                    rebuild.serviceCpuMillis() * perEvent, rebuild.gcCpuMillis() * perEvent,
                    rebuild.postgresCpuMillis() * perEvent,
                    (rebuild.serviceCpuMillis() + rebuild.postgresCpuMillis()) * perEvent));
        }
        report.append('\n');
    }

    /** CPU milliseconds per event of each part (Linux's accounting over each measured window), and their sum. */
    private static void cpu(StringBuilder report, List<AppendBench.Result> measured) {
        List<String> parts = measured.stream().flatMap(result -> result.cpuPerEvent().keySet().stream()).distinct()
                .toList();
        report.append("CPU per event, ms (measured window; the driver column holds the bare server too, which runs in "
                + "the driver's JVM):\n\n| what | clients | ").append(String.join(" | ", parts))
                .append(" | sum |\n|---|---|").append("---|".repeat(parts.size() + 1)).append('\n');
        for (AppendBench.Result result : measured) {
            report.append("| ").append(result.what()).append(" | ").append(result.clients());
            double sum = 0;
            for (String part : parts) {
                Double value = result.cpuPerEvent().get(part);
                sum += value == null ? 0 : value;
                report.append(" | ").append(value == null ? "" : String.format("%.3f", value));
            }
            report.append(String.format(" | %.3f |%n", sum));
        }
        report.append('\n');
    }

    private static void row(StringBuilder report, AppendBench.Result result, AppendBench.Result raw) {
        report.append(String.format("| %s | %d | %.0f | %.2f | %s | %s | %s |%n", result.what(), result.clients(),
                result.rate(), result.rate() / raw.rate(), Stats.ms(result.latency().percentile(50)),
                Stats.ms(result.latency().percentile(99)),
                result.projectionLag() == null ? "" : Stats.ms(result.projectionLag().percentile(99))));
        System.err.printf("%s, %d clients: %.0f events/s%n", result.what(), result.clients(), result.rate());
    }

    private static void streams(StreamBench bench, StringBuilder report) throws Exception {
        // C2 keeps a third of a core busy for the first minutes of load; a service runs for days
        StreamBench.Latency warmUp = bench.latency(1000, 500, 5, 20, STREAM_WARM_UP);
        System.err.printf("stream warm-up: p99 %s ms%n", Stats.ms(warmUp.stats().percentile(99)));
        report.append("## Live streams (service heap capped at 512 MiB)\n\n")
                .append("Latency from the append's HTTP response to the SSE message at each subscriber, after ")
                .append(STREAM_WARM_UP.toSeconds()).append(" s of warm-up load (1,000 subscribers, not counted); each ")
                .append("load is then run again, right after, against a bare Vert.x server on one event loop that ")
                .append("answers the append at once and writes the same SSE frames to the same driver ")
                .append("(BareSseServer, warmed up the same way for ").append(BARE_WARM_UP.toSeconds())
                .append(" s): the limit of this machine as loaded at the time. Target: service p99 ≤ 1.5 × bare p99 ")
                .append("at 1,000 subscribers.\n\n")
                .append("| subscribers | events per POST | topics | events | append rate/s | deliveries | p50 ms | p99 ms | max ms ")
                .append("| bare p50 ms | bare p99 ms | p99 / bare p99 |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        try (BareSseServer bare = BareSseServer.start()) {
            StreamBench.latency(bare.base(), 1000, 500, 5, 20, BARE_WARM_UP);
            for (int[] load : new int[][] {{1, 5, 1}, {100, 5, 1}, {1000, 5, 1}, {1000, 1, 1}, {1000, 5, 20}, {1000, 1, 20}}) {
                StreamBench.Latency latency = bench.latency(load[0], 500, load[1], load[2], Duration.ofSeconds(10));
                StreamBench.Latency baseline = StreamBench.latency(bare.base(), load[0], 500, load[1], load[2],
                        Duration.ofSeconds(10));
                report.append(String.format("| %d | %d | %d | %d | %.0f | %d | %s | %s | %s | %s | %s | %.1f |%n", load[0],
                        load[1], load[2], latency.events(), latency.rate(), latency.deliveries(),
                        Stats.ms(latency.stats().percentile(50)), Stats.ms(latency.stats().percentile(99)),
                        Stats.ms(latency.stats().max()), Stats.ms(baseline.stats().percentile(50)),
                        Stats.ms(baseline.stats().percentile(99)),
                        (double) latency.stats().percentile(99) / Math.max(1, baseline.stats().percentile(99))));
                System.err.println("latency with " + load[0] + " subscribers, " + load[1] + " events per POST, "
                        + load[2] + " topics done");
            }
        }
        report.append("\nIdle subscribers held by one instance (heap after a full GC; an event must still reach a "
                + "sample of 50):\n\n| idle subscribers | heap MiB | sample reached |\n|---|---|---|\n");
        for (StreamBench.Idle idle : bench.idle(new int[] {1000, 5000, 10000, 15000, 18000})) {
            report.append(String.format("| %d | %.0f | %s |%n", idle.subscribers(), idle.heapMiB(), idle.allReceived()));
        }
        StreamBench.CatchUp catchUp = bench.catchUp(100_000);
        report.append(String.format("%nCatch-up: a subscriber %d events behind read them in %.2f s: %.0f events/s.%n",
                catchUp.events(), catchUp.seconds(), catchUp.rate()));
    }

    /**
     * The PostgreSQL build on {@code jdbcUrl}, logging warnings only (and its start), with a pool large enough for 64
     * clients; authentication stays off (ServiceProcess), so the figures are the log's, as measured before tokens.
     */
    private static ServiceProcess start(String jar, String jdbcUrl, List<String> serviceOptions,
                                        Map<String, String> environment) throws IOException {
        List<String> options = new ArrayList<>(serviceOptions);
        options.addAll(List.of("-Dquarkus.log.level=WARN", "-Dquarkus.log.category.\"io.quarkus\".level=INFO"));
        Map<String, String> database = new HashMap<>(Map.of("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "",
                "QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "64"));
        database.putAll(environment);
        return ServiceProcess.start(jar, options, database);
    }

    private static List<String> serviceOptions() {
        String options = System.getenv().getOrDefault("BENCH_SERVICE_OPTS", "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    private static void kafka(KafkaBench bench, ServiceProcess service, List<ConsumerRecord<byte[], byte[]>> published,
                              KafkaBench.Span relay, StringBuilder report) throws Exception {
        KafkaBench.Span raw = bench.rawSpan(published);
        report.append("## Kafka\n\nPublication of a backlog of ").append(relay.events())
                .append(" log events (").append(published.size())
                .append(" records with the topic states), appended while the broker was down, by the relay of a ")
                .append("service that had already published a backlog as large (so its JIT has warmed up), once the ")
                .append("broker is back (done twice, the faster counts); against a raw producer re-sending the last ")
                .append("backlog's records in the same order (twice, the faster counts). The second half of each run ")
                .append("is also timed alone:\n\n")
                .append("| publisher | whole backlog s | events/s | second half s | events/s |\n|---|---|---|---|---|\n")
                .append(String.format("| outbox relay (log to Kafka) | %.2f | %.0f | %.2f | %.0f |%n",
                        relay.wholeSeconds(), relay.wholeRate(), relay.warmSeconds(), relay.warmRate()))
                .append(String.format("| raw producer, same records | %.2f | %.0f | %.2f | %.0f |%n",
                        raw.wholeSeconds(), raw.wholeRate(), raw.warmSeconds(), raw.warmRate()))
                .append(String.format("| **relay / raw** | | **%.2f** | | **%.2f** |%n",
                        relay.wholeRate() / raw.wholeRate(), relay.warmRate() / raw.warmRate()));
        KafkaBench.Latency latency = bench.latency(service, 200, Duration.ofSeconds(10));
        report.append(String.format("%nFrom the append's HTTP answer to a Kafka consumer, %d single-event appends at "
                        + "%.0f/s: p50 %s ms, p99 %s ms, max %s ms.%n%n", latency.events(), latency.rate(),
                Stats.ms(latency.stats().percentile(50)), Stats.ms(latency.stats().percentile(99)),
                Stats.ms(latency.stats().max())));
        System.err.println("kafka done");
    }

    private static void recreateDatabase(String serverUrl) throws Exception {
        try (Connection admin = DriverManager.getConnection(serverUrl, "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
            sql.execute("create database " + DATABASE);
        }
    }

    /**
     * Vacuums, analyzes and checkpoints the freshly filled database, so that autovacuum and the flush of
     * the fill's dirty buffers do not land, at random, in the middle of what is measured next.
     */
    private static void settle(String jdbcUrl) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             Statement sql = connection.createStatement()) {
            sql.execute("vacuum analyze");
            sql.execute("checkpoint");
        }
    }

    private static String machine() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        long memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024).orElse(0L);
        return String.format("Machine: %d cores (%s), %d GiB RAM, Java %s; PostgreSQL on the same machine.%n",
                Runtime.getRuntime().availableProcessors(), cpu, memory, System.getProperty("java.version"));
    }

    private static void flush(Path output, StringBuilder report) throws IOException {
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, report);
    }
}
