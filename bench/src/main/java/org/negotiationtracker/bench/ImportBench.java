package org.negotiationtracker.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.negotiationtracker.ServiceProcess;

/**
 * A bulk import ({@code POST /api/events/import}, one NDJSON file streamed chunked) against raw JDBC batched
 * inserts of the same rows by one connection, committed in batches of the import's chunk size, into a table of the
 * log's shape, in the same run on the same database. The import's figure is from its second file: the first warms
 * the service's JIT up.
 */
final class ImportBench {

    record Result(String what, long events, double seconds, long serviceResidentPeakKiB) {

        double rate() {
            return events / seconds;
        }
    }

    /**
     * One look at the service during a long import: seconds since it began, the heap in use after a full GC, the
     * log's head, how far the projector has folded, and what the topics it keeps in memory hold.
     */
    record Sample(double seconds, double heapAfterGcMiB, long head, long projected, long cachedReports) {
    }

    /** A long import watched as it runs; {@code caughtUpSeconds} is negative when the projector did not catch up. */
    record Watched(Result result, long fileBytes, List<Sample> samples, double caughtUpSeconds) {
    }

    private static final int TOPICS = 200;
    /** The service's default tracker.import.chunk-size: the raw inserts commit as often. */
    private static final int CHUNK = 2000;
    private static final String RAW_INSERT = "insert into bench_import_raw (position, event_id, topic_id, topic_version, "
            + "event_type, occurred_at, recorded_at, payload) values (?, ?, ?, ?, ?, ?, ?, cast(? as json))";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern HEAP_USED = Pattern.compile(
            "jvm_memory_used_bytes\\{area=\"heap\",id=\"[^\"]+\"[^}]*} ([0-9.E+]+)");

    private final ServiceProcess service;
    private final String jdbcUrl;
    private final Path folder;

    ImportBench(ServiceProcess service, String jdbcUrl) throws Exception {
        this.service = service;
        this.jdbcUrl = jdbcUrl;
        this.folder = Files.createTempDirectory("import-bench");
        for (int topic = 0; topic < TOPICS; topic++) {
            Events.registerTopic(service.base(), topic("import", topic));
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             Statement sql = connection.createStatement()) {
            sql.execute("drop table if exists bench_import_raw");
            sql.execute("create table bench_import_raw (like event_log including all)");
        }
    }

    /** Imports a file of {@code events} events spread over the topics, after a first file of as many to warm up. */
    Result http(int events) throws Exception {
        importFile(write("warm-up", events));
        Path file = write("measured", events);
        long started = System.nanoTime();
        String report = importFile(file);
        double seconds = (System.nanoTime() - started) / 1e9;
        long appended = number(report, "appended");
        if (appended != events) {
            throw new IllegalStateException("the import appended " + appended + " of " + events + ": " + report);
        }
        Files.delete(file);
        return new Result("HTTP bulk import (NDJSON, chunks of " + CHUNK + ")", appended, seconds,
                residentPeakKiB(service.process().pid()));
    }

    /**
     * Imports one file of {@code events} events, sampling the service's heap after a full GC every
     * {@code every}, then keeps sampling until the projector has folded the whole file or {@code projectionWait}
     * has passed. The file is written to a temporary folder and deleted after.
     */
    Watched watched(int events, Duration every, Duration projectionWait) throws Exception {
        Path file = write("watched", events);
        long fileBytes = Files.size(file);
        long head = head();
        List<Sample> samples = new ArrayList<>();
        long started = System.nanoTime();
        CompletableFuture<String> report = CompletableFuture.supplyAsync(() -> {
            try {
                return importFile(file);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        while (!report.isDone()) {
            samples.add(sample(started));
            sleepUntilNextOr(report, every);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long appended = number(report.join(), "appended");
        Files.delete(file);
        double caughtUp = -1;
        long deadline = System.nanoTime() + projectionWait.toNanos();
        while (System.nanoTime() < deadline) {
            Sample sample = sample(started);
            samples.add(sample);
            if (sample.projected() >= head + appended) {
                caughtUp = sample.seconds();
                break;
            }
            Thread.sleep(every.toMillis());
        }
        return new Watched(new Result("HTTP bulk import (NDJSON, chunks of " + CHUNK + ")", appended, seconds,
                residentPeakKiB(service.process().pid())), fileBytes, samples, caughtUp);
    }

    private Sample sample(long started) throws Exception {
        new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(service.process().pid()), "GC.run").redirectErrorStream(true).start()
                .waitFor(60, TimeUnit.SECONDS);
        String metrics = HTTP.send(HttpRequest.newBuilder(service.uri("q/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double heapBytes = 0;
        for (Matcher heap = HEAP_USED.matcher(metrics); heap.find(); ) {
            heapBytes += Double.parseDouble(heap.group(1));
        }
        return new Sample((System.nanoTime() - started) / 1e9, heapBytes / (1024 * 1024), head(),
                (long) metric(metrics, "tracker_projection_position"),
                (long) metric(metrics, "tracker_projection_cached_reports"));
    }

    private static void sleepUntilNextOr(CompletableFuture<String> report, Duration every) throws Exception {
        try {
            report.get(every.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            // time for the next sample
        } catch (ExecutionException failed) {
            // reported by join()
        }
    }

    private static double metric(String metrics, String name) {
        Matcher value = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? ([0-9.E+]+)$").matcher(metrics);
        if (!value.find()) {
            throw new IllegalStateException("no " + name + " in the service's metrics");
        }
        return Double.parseDouble(value.group(1));
    }

    private long head() throws Exception {
        return number(HTTP.send(HttpRequest.newBuilder(service.uri("q/health/ready")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body().replace(" ", ""), "head");
    }

    /** The same rows (same payloads, ids and topics) by raw batched inserts, one connection, a commit per chunk. */
    Result raw(int events) throws Exception {
        long started = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbcUrl + "?reWriteBatchedInserts=true", "postgres", "")) {
            c.setAutoCommit(false);
            int[] versions = new int[TOPICS];
            try (PreparedStatement insert = c.prepareStatement(RAW_INSERT)) {
                for (int i = 0; i < events; i++) {
                    String topic = topic("import", i % TOPICS);
                    String id = "raw-" + i;
                    insert.setLong(1, i + 1);
                    insert.setString(2, id);
                    insert.setString(3, topic);
                    insert.setInt(4, ++versions[i % TOPICS]);
                    insert.setString(5, "statement.issued");
                    insert.setString(6, "2019-01-16");
                    insert.setObject(7, OffsetDateTime.now());
                    insert.setString(8, Events.event(topic, id));
                    insert.addBatch();
                    if ((i + 1) % CHUNK == 0 || i + 1 == events) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            }
        }
        return new Result("raw JDBC batch insert (" + CHUNK + "/commit, 1 connection)", events,
                (System.nanoTime() - started) / 1e9, 0);
    }

    private Path write(String name, int events) throws IOException {
        Path file = folder.resolve(name + ".ndjson");
        try (BufferedWriter lines = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < events; i++) {
                String topic = topic("import", i % TOPICS);
                lines.write(Events.event(topic, name + "-" + i));
                lines.write('\n');
            }
        }
        return file;
    }

    /** Streams the file without a length, as the import command does, and returns the report. */
    private String importFile(Path file) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(service.uri("api/events/import"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> open(file))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("import answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String topic(String kind, int index) {
        return kind + "-" + index;
    }

    private static long number(String json, String field) {
        Matcher value = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return Long.parseLong(value.group(1));
    }

    /** The service's peak resident memory since it started (Linux's VmHWM). */
    private static long residentPeakKiB(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(line -> line.startsWith("VmHWM")).findFirst()
                .map(line -> Long.parseLong(line.replaceAll("\\D", ""))).orElse(0L);
    }
}
