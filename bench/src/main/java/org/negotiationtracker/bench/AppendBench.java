package org.negotiationtracker.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.negotiationtracker.ServiceProcess;

/**
 * HTTP appends against raw JDBC inserts of the same rows into a table of the same shape as the log,
 * at the same concurrency, in the same run on the same database.
 */
final class AppendBench {

    /** {@code projectionLag} is null for raw JDBC, which has no read models. */
    record Result(String what, int clients, long events, double seconds, Stats latency, Stats projectionLag,
                  Map<String, Double> cpuPerEvent) {

        double rate() {
            return events / seconds;
        }
    }

    /**
     * HTTP clients spread their appends over one pool of topics, about as many as a tracker follows at once,
     * so each topic grows the way a busy negotiation does. Raw clients write topics of their own, as the
     * version constraint needs no coordination there.
     */
    private static final int TOPICS = 200;
    private static final int TOPICS_PER_CLIENT = 20;

    private static final String RAW_INSERT = "insert into bench_raw (position, event_id, topic_id, topic_version, "
            + "event_type, occurred_at, recorded_at, payload) values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))";

    private final ServiceProcess service;
    private final String jdbcUrl;
    private final Duration warmUp;
    private final Duration measure;
    private final AtomicLong rawPosition = new AtomicLong();

    AppendBench(ServiceProcess service, String jdbcUrl, Duration warmUp, Duration measure) throws Exception {
        this.service = service;
        this.jdbcUrl = jdbcUrl;
        this.warmUp = warmUp;
        this.measure = measure;
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             Statement sql = connection.createStatement()) {
            sql.execute("drop table if exists bench_raw");
            sql.execute("create table bench_raw (like event_log including all)");
        }
    }

    /**
     * Single-event appends from {@code clients} clients for {@code length}, not measured: the service then runs the
     * append path compiled, as a service that has been up for a while does, rather than paying its JIT during the
     * first case measured.
     */
    void warmUpService(int clients, Duration length) throws Exception {
        for (int client = 0; client < clients; client++) {
            registerTopics("single", clients, client);
        }
        try (Poster poster = new Poster(service.base())) {
            run("warm-up", clients, 1, singleEvents(poster, clients), null, Duration.ZERO, length);
        }
    }

    Result httpSingle(int clients) throws Exception {
        for (int client = 0; client < clients; client++) {
            registerTopics("single", clients, client);
        }
        try (ProjectionLag lag = new ProjectionLag(jdbcUrl); Poster poster = new Poster(service.base())) {
            return run("HTTP single-event appends", clients, 1, singleEvents(poster, clients), lag);
        }
    }

    /**
     * The same appends to a Vert.x server that answers them at once, with no framework and no database: what HTTP
     * alone costs with this driver on this machine, the ceiling any HTTP service here stays under.
     */
    Result bareHttpSingle(int clients) throws Exception {
        try (BareSseServer bare = BareSseServer.start(); Poster poster = new Poster(bare.base())) {
            // a first run warms the bare server's JIT up, as the runs before warmed the service's
            run("bare Vert.x HTTP, answering at once", clients, 1, singleEvents(poster, clients), null);
            return run("bare Vert.x HTTP, answering at once", clients, 1, singleEvents(poster, clients), null);
        }
    }

    private static Round singleEvents(Poster poster, int clients) {
        return (client, round) -> {
            String topic = topic("single", clients, client, round);
            poster.post(Events.event(topic, topic + "-" + client + "-" + round + "-" + System.nanoTime()));
        };
    }

    Result rawSingle(int clients) throws Exception {
        return run("raw JDBC insert + commit", clients, 1, new RawWriter(1), null);
    }

    Result httpBatch(int clients, int batchSize) throws Exception {
        for (int client = 0; client < clients; client++) {
            registerTopics("batch", clients, client);
        }
        try (ProjectionLag lag = new ProjectionLag(jdbcUrl); Poster poster = new Poster(service.base())) {
            return run("HTTP batch appends (" + batchSize + "/request)", clients, batchSize, (client, round) -> {
                String topic = topic("batch", clients, client, round);
                poster.post(Events.batch(topic, topic + "-" + client + "-" + round + "-" + System.nanoTime(),
                        batchSize));
            }, lag);
        }
    }

    Result rawBatch(int clients, int batchSize) throws Exception {
        return run("raw JDBC batch insert (" + batchSize + "/commit)", clients, batchSize, new RawWriter(batchSize),
                null);
    }

    record Rebuild(long events, long millis) {
    }

    /** Folds the whole log into a new generation of the read models and waits until it has taken over. */
    Rebuild rebuild() throws Exception {
        HttpResponse<String> answer = service.post("api/admin/projections/rebuild", "");
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("rebuild answered " + answer.statusCode() + ": " + answer.body());
        }
        return new Rebuild(number(answer.body(), "eventsReplayed"), number(answer.body(), "millis"));
    }

    static long number(String json, String field) {
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("no " + field + " in " + json);
        }
        return Long.parseLong(value.group(1));
    }

    private static String topic(String kind, int clients, int client, long round) {
        return kind + "-" + clients + "-" + Math.floorMod(client * 7919L + round, TOPICS);
    }

    private void registerTopics(String kind, int clients, int client) throws Exception {
        if (client == 0) {
            for (int round = 0; round < TOPICS; round++) {
                Events.registerTopic(service.base(), topic(kind, clients, 0, round));
            }
        }
    }

    /** Each client thread posts over a connection of its own, kept open for the run. */
    private static final class Poster implements AutoCloseable {

        private final URI base;
        private final List<KeepAliveHttp> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final ThreadLocal<KeepAliveHttp> connection = ThreadLocal.withInitial(this::open);

        Poster(URI base) {
            this.base = base;
        }

        private KeepAliveHttp open() {
            try {
                KeepAliveHttp http = new KeepAliveHttp(base);
                opened.add(http);
                return http;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void post(String body) throws IOException {
            KeepAliveHttp.Answer answer = connection.get().postJson("/api/events", body);
            if (answer.status() != 201) {
                throw new IllegalStateException("append answered " + answer.status() + ": " + answer.body());
            }
        }

        @Override
        public void close() throws IOException {
            for (KeepAliveHttp http : opened) {
                http.close();
            }
        }
    }

    interface Round {
        void run(int client, long round) throws Exception;
    }

    /** One connection per client, rows shaped like the log's, committed as the service would. */
    private final class RawWriter implements Round {

        private final int rowsPerCommit;
        private final long run = System.nanoTime();
        private final ThreadLocal<Connection> connection = ThreadLocal.withInitial(this::open);
        private final ThreadLocal<int[]> version = ThreadLocal.withInitial(() -> new int[TOPICS_PER_CLIENT]);

        RawWriter(int rowsPerCommit) {
            this.rowsPerCommit = rowsPerCommit;
        }

        private Connection open() {
            try {
                // the same driver setting as the service: batches become multi-row INSERTs
                Connection c = DriverManager.getConnection(jdbcUrl + "?reWriteBatchedInserts=true", "postgres", "");
                c.setAutoCommit(false);
                return c;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void run(int client, long round) throws Exception {
            Connection c = connection.get();
            String topic = "raw-" + run + "-" + client + "-" + round % TOPICS_PER_CLIENT;
            try (PreparedStatement insert = c.prepareStatement(RAW_INSERT)) {
                for (int i = 0; i < rowsPerCommit; i++) {
                    String id = topic + "-" + round + "-" + i + "-" + System.nanoTime();
                    insert.setLong(1, rawPosition.incrementAndGet());
                    insert.setString(2, id);
                    insert.setString(3, topic);
                    insert.setInt(4, ++version.get()[(int) (round % TOPICS_PER_CLIENT)]);
                    insert.setString(5, "statement.issued");
                    insert.setString(6, "2019-01-16");
                    insert.setObject(7, OffsetDateTime.now());
                    insert.setString(8, Events.event(topic, id));
                    if (rowsPerCommit == 1) {
                        insert.executeUpdate();
                    } else {
                        insert.addBatch();
                    }
                }
                if (rowsPerCommit > 1) {
                    insert.executeBatch();
                }
            }
            c.commit();
        }
    }

    private Result run(String what, int clients, int eventsPerRound, Round round, ProjectionLag lag) throws Exception {
        return run(what, clients, eventsPerRound, round, lag, warmUp, measure);
    }

    private Result run(String what, int clients, int eventsPerRound, Round round, ProjectionLag lag, Duration warmUp,
                       Duration measure) throws Exception {
        long warmUpEnd = System.nanoTime() + warmUp.toNanos();
        long end = warmUpEnd + measure.toNanos();
        ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong measured = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients);
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicLong afterWarmUp = new AtomicLong();
        long servicePid = lag == null ? 0 : service.process().pid();
        java.util.concurrent.CompletableFuture<CpuUse.Snapshot> cpuBefore = new java.util.concurrent.CompletableFuture<>();
        Thread cpuAtWarmUpEnd = new Thread(() -> {
            sleepUntil(warmUpEnd);
            cpuBefore.complete(CpuUse.take(servicePid));
        }, "cpu-at-warm-up-end");
        cpuAtWarmUpEnd.setDaemon(true);
        cpuAtWarmUpEnd.start();
        for (int client = 0; client < clients; client++) {
            int id = client;
            Thread thread = new Thread(() -> {
                long[] own = new long[1 << 20];
                int count = 0;
                try {
                    for (long r = 0; ; r++) {
                        long started = System.nanoTime();
                        if (started >= end) {
                            break;
                        }
                        round.run(id, r);
                        long finished = System.nanoTime();
                        if (started >= warmUpEnd) {
                            afterWarmUp.addAndGet(eventsPerRound);
                        }
                        if (started >= warmUpEnd && finished <= end) {
                            measured.addAndGet(eventsPerRound);
                            if (count < own.length) {
                                own[count++] = finished - started;
                            }
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    latencies.add(java.util.Arrays.copyOf(own, count));
                    done.countDown();
                }
            });
            threads.add(thread);
            thread.start();
        }
        done.await();
        CpuUse.Snapshot cpuAfter = CpuUse.take(servicePid);
        if (!failures.isEmpty()) {
            throw new IllegalStateException(what + " failed", failures.get(0));
        }
        long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        return new Result(what, clients, measured.get(), measure.toNanos() / 1e9, new Stats(all),
                lag == null ? null : lag.stop(), CpuUse.perEvent(cpuBefore.get(), cpuAfter, afterWarmUp.get()));
    }

    private static void sleepUntil(long nanoTime) {
        try {
            long left = nanoTime - System.nanoTime();
            if (left > 0) {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
