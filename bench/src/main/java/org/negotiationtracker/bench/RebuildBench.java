package org.negotiationtracker.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.negotiationtracker.ServiceProcess;

/**
 * A rebuild of the read models on a log of a million events and more. Appending that many over HTTP would take
 * minutes, so the service itself appends a seed (every topic registered, then batches of realistic events), and the
 * database copies the seed's rows over and over into the log: each copy with event ids, topic versions and positions
 * of its own and its reports moved to other days, so the copies are as valid as events the service appended and
 * spread over as many timeline entries as real reports would.
 */
final class RebuildBench {

    private static final int TOPICS = 200;
    private static final Pattern SERVER_PROCESSES =
            Pattern.compile(": (walwriter|checkpointer|background writer|autovacuum)");
    private static final int SEED_EVENTS_PER_TOPIC = 100;
    /** Copies inserted per statement (and commit): bounds what one transaction of the fill holds. */
    private static final int COPIES_PER_STATEMENT = 10;

    /**
     * How long a rebuild took, and the CPU milliseconds spent meanwhile: by the whole service process (its threads
     * that ended too: the rebuild's own, idle pool workers), by its GC threads, and by PostgreSQL for it: the
     * processes serving the bench's database and the server's own (WAL writer, checkpointer, background writer,
     * autovacuum), not those of other databases on a shared server.
     */
    record Rebuild(long events, long millis, int topics, int entries, double serviceCpuMillis, double gcCpuMillis,
                   double postgresCpuMillis) {

        double rate() {
            return events * 1000.0 / millis;
        }
    }

    private final ServiceProcess service;
    private final String jdbcUrl;

    RebuildBench(ServiceProcess service, String jdbcUrl) {
        this.service = service;
        this.jdbcUrl = jdbcUrl;
    }

    /** Fills the log to at least {@code events} events; returns how many it holds. */
    long fill(long events) throws Exception {
        for (int topic = 0; topic < TOPICS; topic++) {
            Events.registerTopic(service.base(), "rebuild-" + topic);
        }
        for (int topic = 0; topic < TOPICS; topic++) {
            String id = "rebuild-" + topic;
            HttpResponse<String> answer = service.post("api/events", Events.batch(id, id + "-seed",
                    SEED_EVENTS_PER_TOPIC));
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("seeding answered " + answer.statusCode() + ": " + answer.body());
            }
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             Statement sql = connection.createStatement()) {
            sql.execute("create temporary table seed as select row_number() over (order by position) as rn,"
                    + " event_id, topic_id, topic_version, event_type, payload::jsonb as payload,"
                    + " count(*) over (partition by topic_id) as per_topic"
                    + " from event_log where event_type = 'statement.issued'");
            long seed = single(sql, "select count(*) from seed");
            long copies = Math.max(0, (events - single(sql, "select position from log_head") + seed - 1) / seed);
            for (long from = 1; from <= copies; from += COPIES_PER_STATEMENT) {
                long head = single(sql, "select position from log_head");
                try (PreparedStatement copy = connection.prepareStatement(
                        "insert into event_log (position, event_id, topic_id, topic_version, event_type, occurred_at,"
                                + " recorded_at, payload)"
                                + " select ? + (k - ?) * ? + rn, event_id || '-' || k, topic_id,"
                                + " topic_version + k * per_topic, event_type, day, now(),"
                                + " jsonb_set(jsonb_set(jsonb_set(payload, '{id}', to_jsonb(event_id || '-' || k)),"
                                + " '{occurredAt}', to_jsonb(day)), '{source,url}',"
                                + " to_jsonb(payload #>> '{source,url}' || '-' || k))::json"
                                + " from seed cross join generate_series(?, ?) as k"
                                + " cross join lateral (select cast(date '2015-01-01'"
                                + " + cast((rn * 7919 + k * 104729) % 3650 as integer) as text) as day) as moved")) {
                    long to = Math.min(copies, from + COPIES_PER_STATEMENT - 1);
                    copy.setLong(1, head);
                    copy.setLong(2, from);
                    copy.setLong(3, seed);
                    copy.setLong(4, from);
                    copy.setLong(5, to);
                    copy.executeUpdate();
                }
                sql.execute("update log_head set position = (select max(position) from event_log)");
                System.err.printf("rebuild bench: log filled to %d events%n", single(sql, "select position from log_head"));
            }
            sql.execute("select pg_notify('event_log_head', cast(position as text)) from log_head");
            sql.execute("vacuum analyze");
            sql.execute("checkpoint");
            return single(sql, "select position from log_head");
        }
    }

    /** Folds the whole log into a new generation and waits until it has taken over. */
    Rebuild rebuild() throws Exception {
        Path stat = Path.of("/proc/" + service.process().pid() + "/stat");
        Map<Long, Long> postgresBefore = postgresTicks();
        long serviceBefore = CpuUse.processTicks(stat);
        CpuUse.Snapshot before = CpuUse.take(service.process().pid());
        HttpResponse<String> answer = service.post("api/admin/projections/rebuild", "");
        CpuUse.Snapshot after = CpuUse.take(service.process().pid());
        long serviceAfter = CpuUse.processTicks(stat);
        Map<Long, Long> postgresAfter = postgresTicks();
        // a process that ended meanwhile took its count along: only those present at both ends are compared
        long postgres = postgresAfter.entrySet().stream().filter(process -> postgresBefore.containsKey(process.getKey()))
                .mapToLong(process -> process.getValue() - postgresBefore.get(process.getKey())).sum();
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("rebuild answered " + answer.statusCode() + ": " + answer.body());
        }
        long events = AppendBench.number(answer.body(), "eventsReplayed");
        return new Rebuild(events, AppendBench.number(answer.body(), "millis"),
                (int) AppendBench.number(answer.body(), "topics"),
                (int) AppendBench.number(answer.body(), "timelineEntries"),
                (serviceAfter - serviceBefore) * CpuUse.MILLIS_PER_TICK, spent(before, after, "GC"),
                postgres * CpuUse.MILLIS_PER_TICK);
    }

    /** CPU ticks of each PostgreSQL process serving the bench's database or the whole server, by process id. */
    private Map<Long, Long> postgresTicks() throws IOException {
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(path -> path.getFileName().toString().chars()
                    .allMatch(Character::isDigit)).toList()) {
                try {
                    String command = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
                    if (command.startsWith("postgres: ") && (command.contains(" " + database + " ")
                            || SERVER_PROCESSES.matcher(command).find())) {
                        ticks.put(Long.parseLong(process.getFileName().toString()),
                                CpuUse.processTicks(process.resolve("stat")));
                    }
                } catch (IOException e) {
                    // ended meanwhile
                }
            }
        }
        return ticks;
    }

    private static double spent(CpuUse.Snapshot before, CpuUse.Snapshot after, String part) {
        return (after.ticks().getOrDefault(part, 0L) - before.ticks().getOrDefault(part, 0L)) * CpuUse.MILLIS_PER_TICK;
    }

    /** Waits until the live read models have folded the whole log, so that a rebuild meets a projector at rest. */
    void awaitProjected() throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "");
             Statement sql = connection.createStatement()) {
            while (single(sql, "select c.position from subscription_checkpoint c join read_model_generation g"
                    + " on c.name = 'topics-' || g.active where g.name = 'topics'")
                    < single(sql, "select position from log_head")) {
                Thread.sleep(200);
            }
        }
    }

    private static long single(Statement sql, String query) throws Exception {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
