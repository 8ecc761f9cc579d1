package org.negotiationtracker.eventlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negotiationtracker.PostgresVariant;
import org.negotiationtracker.ServiceProcess;

/**
 * kill -9 of the packaged service while several writers append, each retrying a request until it gets an answer,
 * as a client of an idempotent API does: every acknowledged event is in the log exactly once, a batch is there
 * whole or not at all, and the projected state equals a rebuild of the log that survived.
 */
class KillDuringAppendsIT {

    private static final String TOPIC = "kill-talks";
    private static final int WRITERS = 6;
    private static final int KILLS = 3;
    /**
     * Events each incarnation acknowledges before it is killed: it is then answering the writers, so the kill
     * finds appends in flight, however fast the machine is.
     */
    private static final int ACKNOWLEDGED_BETWEEN_KILLS = 100;
    private static final long ANSWERS_WAIT_MS = 60_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void theEmbeddedLogKeepsEveryAcknowledgedEvent() throws Exception {
        String jar = System.getProperty("tracker.app.jar", "target/quarkus-app/quarkus-run.jar");
        killRepeatedlyUnderLoad(() -> ServiceProcess.start(jar, Map.of("TRACKER_DATA_DIR", dataDir.toString())));
    }

    @Test
    void thePostgresqlLogKeepsEveryAcknowledgedEvent() throws Exception {
        killRepeatedlyUnderLoad(PostgresVariant.onFreshDatabase("kill", "PostgreSQL crash test")::start);
    }

    private void killRepeatedlyUnderLoad(Callable<ServiceProcess> starter) throws Exception {
        AtomicReference<ServiceProcess> service = new AtomicReference<>(starter.call());
        try {
            answer(service, "/api/topics",
                    "{\"id\": \"" + TOPIC + "\", \"title\": \"Kill\", \"parties\": [\"Russia\", \"Japan\"]}");
            Load load = new Load(service);
            load.start();
            for (int kill = 0; kill < KILLS; kill++) {
                load.awaitMoreAcknowledged(ACKNOWLEDGED_BETWEEN_KILLS);
                ServiceProcess killed = service.get();
                killed.process().destroyForcibly();
                assertTrue(killed.process().waitFor(30, TimeUnit.SECONDS), "kill -9 ends the service");
                service.set(starter.call());
            }
            load.awaitMoreAcknowledged(ACKNOWLEDGED_BETWEEN_KILLS);
            load.stop();

            List<String> logged = loggedIds(service.get());
            assertEquals(logged.size(), new HashSet<>(logged).size(), "no event is in the log twice");
            Set<String> inLog = new HashSet<>(logged);
            List<String> lost = load.acknowledged.stream().filter(id -> !inLog.contains(id)).sorted().toList();
            assertEquals(List.of(), lost, "acknowledged events missing after kill -9");
            assertBatchesWhole(logged, load.batches);
            System.out.printf("kill -9 %d times under %d writers: %d events acknowledged, %d in the log%n", KILLS,
                    WRITERS, load.acknowledged.size(), logged.size());
            assertStateEqualsRebuild(service.get());
        } finally {
            service.get().close();
        }
    }

    private static void assertBatchesWhole(List<String> logged, Map<String, List<String>> batches) {
        Set<String> inLog = new HashSet<>(logged);
        batches.forEach((batch, ids) -> {
            long present = ids.stream().filter(inLog::contains).count();
            assertTrue(present == 0 || present == ids.size(), batch + " is in the log in part: " + present + " of "
                    + ids.size());
        });
    }

    private static void assertStateEqualsRebuild(ServiceProcess service) throws Exception {
        long head = JSON.readTree(service.get("/q/health/ready").body())
                .at("/checks").findValues("head").get(0).asLong();
        JsonNode state = JSON.readTree(service.get("/api/topics/" + TOPIC + "?minPosition=" + head).body());
        JsonNode timeline = JSON.readTree(service.get("/api/topics/" + TOPIC + "/timeline?minPosition=" + head).body());
        HttpResponse<String> rebuild = service.post("/api/admin/projections/rebuild", "");
        assertEquals(200, rebuild.statusCode(), rebuild.body());
        assertEquals(state, JSON.readTree(service.get("/api/topics/" + TOPIC).body()), "state equals a rebuild");
        assertEquals(timeline, JSON.readTree(service.get("/api/topics/" + TOPIC + "/timeline").body()),
                "timeline equals a rebuild");
    }

    private static List<String> loggedIds(ServiceProcess service) throws Exception {
        List<String> ids = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonNode page = JSON.readTree(service.get("/api/events?topic=" + TOPIC + "&limit=1000&after=" + after)
                    .body());
            for (JsonNode event : page.get("events")) {
                ids.add(event.get("id").asText());
            }
            if (page.get("events").isEmpty()) {
                return ids;
            }
            after = page.get("nextAfter").asLong();
        }
    }

    /** Sends the request again, to whichever service is running, until it is answered; refusals fail the test. */
    private static HttpResponse<String> answer(AtomicReference<ServiceProcess> service, String path, String body)
            throws InterruptedException {
        while (true) {
            try {
                HttpResponse<String> response = service.get().post(path, body);
                if (response.statusCode() < 500) {
                    assertTrue(response.statusCode() < 300, path + " refused: " + response.body());
                    return response;
                }
            } catch (IOException serviceGone) {
                // killed mid-request: whether the append landed is unknown, so the same ids are sent again
            }
            Thread.sleep(50);
        }
    }

    /** Writers sending single events and three-event batches with ids of their own. */
    private static final class Load {

        private final AtomicReference<ServiceProcess> service;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> writers = new ArrayList<>();
        private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final Map<String, List<String>> batches = new ConcurrentHashMap<>();

        Load(AtomicReference<ServiceProcess> service) {
            this.service = service;
        }

        void start() {
            for (int writer = 0; writer < WRITERS; writer++) {
                int id = writer;
                Thread thread = new Thread(() -> write(id), "writer-" + writer);
                writers.add(thread);
                thread.start();
            }
        }

        /** Waits until the writers have {@code count} more events acknowledged than now. */
        void awaitMoreAcknowledged(int count) throws InterruptedException {
            int target = acknowledged.size() + count;
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ANSWERS_WAIT_MS);
            while (acknowledged.size() < target) {
                assertEquals(List.of(), List.copyOf(failures), "writers failed");
                assertTrue(System.nanoTime() < deadline, "the writers got " + acknowledged.size() + " answers, "
                        + "fewer than " + target + " within " + ANSWERS_WAIT_MS + " ms");
                Thread.sleep(10);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread writer : writers) {
                writer.join(TimeUnit.SECONDS.toMillis(60));
            }
            assertEquals(List.of(), List.copyOf(failures), "writers failed");
        }

        private void write(int writer) {
            try {
                for (int request = 0; running.get(); request++) {
                    List<String> ids = new ArrayList<>();
                    int events = request % 4 == 3 ? 3 : 1;
                    for (int i = 0; i < events; i++) {
                        ids.add("w" + writer + "-" + request + "-" + i);
                    }
                    if (events > 1) {
                        batches.put("w" + writer + "-" + request, ids);
                    }
                    answer(service, "/api/events", body(writer, request, ids));
                    acknowledged.addAll(ids);
                }
            } catch (Throwable failure) {
                failures.add(failure);
            }
        }

        private static String body(int writer, int request, List<String> ids) {
            List<String> events = new ArrayList<>();
            for (String id : ids) {
                Map<String, Object> event = new HashMap<>();
                event.put("id", id);
                event.put("topicId", TOPIC);
                event.put("type", request % 2 == 0 ? "meeting.held" : "statement.issued");
                event.put("occurredAt", "2019-01-%02d".formatted(1 + request % 28));
                event.put("actors", List.of(Map.of("name", "Writer " + writer, "country", "Russia")));
                event.put("summary", "request " + request + " of writer " + writer);
                events.add(toJson(event));
            }
            return "[" + String.join(",", events) + "]";
        }

        private static String toJson(Object value) {
            try {
                return JSON.writeValueAsString(value);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
