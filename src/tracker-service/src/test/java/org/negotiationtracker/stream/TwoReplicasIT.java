package org.negotiationtracker.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.negotiationtracker.PostgresVariant;
import org.negotiationtracker.ServiceProcess;
import org.negotiationtracker.articles.InventedArticles;

/**
 * Two replicas of the PostgreSQL build on one database, as ops run them behind one Service: an event
 * appended through one reaches the other's subscribers within a second, appends through both at
 * once still form one log that a tailing subscriber reads without gap or repeat, and a client that appends
 * through either and reads through the other with the append's position always sees its write, also once the
 * replica that folds the read models (A, started first) is gone and the other has taken over. That one runs last,
 * since it stops A: the replicas take long to start, so the tests share them. A runs as the API Deployment does,
 * with the extractor off, and B as the extractor Deployment: an article posted to A gets its events from B.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String READ_YOUR_WRITES_TOPIC = "read-your-writes";
    private static final int ROUNDS = 100;
    private static ServiceProcess replicaA;
    private static ServiceProcess replicaB;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        PostgresVariant service = PostgresVariant.onFreshDatabase("replicas", "two-replica test");
        replicaA = service.with(Map.of("TRACKER_EXTRACTOR_ENABLED", "false")).start();
        replicaB = service.start();
    }

    @AfterAll
    static void stopReplicas() throws InterruptedException {
        for (ServiceProcess replica : new ServiceProcess[] {replicaA, replicaB}) {
            if (replica != null) {
                replica.close();
            }
        }
    }

    @Test
    void anEventAppendedOnOneReplicaReachesSubscribersOfTheOtherWithinASecond() throws Exception {
        assertEquals(201, replicaA.post("/api/topics",
                "{\"id\": \"two-replicas\", \"title\": \"Replicas\", \"parties\": [\"Russia\", \"Japan\"]}").statusCode());
        try (SseClient subscriber = SseClient.connect(replicaB.base(), "api/stream", null)) {
            subscriber.next(Duration.ofSeconds(10));
            List<Long> latencies = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                var answer = replicaA.post("/api/events", "{\"topicId\": \"two-replicas\", \"type\": \"meeting.held\","
                        + " \"occurredAt\": \"2019-01-14\", \"actors\": [{\"name\": \"Lavrov " + i + "\"}]}");
                long acknowledged = System.nanoTime();
                long position = JSON.readTree(answer.body()).at("/events/0/position").asLong();
                subscriber.eventsUntil(position, Duration.ofSeconds(5));
                latencies.add((System.nanoTime() - acknowledged) / 1_000_000);
            }
            long worst = latencies.stream().mapToLong(Long::longValue).max().orElseThrow();
            long median = latencies.stream().sorted().toList().get(latencies.size() / 2);
            assertTrue(worst < 1000, "delivery across replicas took up to " + worst + " ms: " + latencies);
            assertTrue(median < 200, "NOTIFY, not the 1 s poll, wakes the other replica: " + latencies);
        }
    }

    @Test
    void appendsThroughBothReplicasFormOneLogThatSubscribersReadWithoutGapOrRepeat() throws Exception {
        replicaB.post("/api/topics", "{\"id\": \"both-replicas\", \"title\": \"Both\", \"parties\": [\"A\", \"B\"]}");
        long start = head(replicaA);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try (SseClient onA = SseClient.connect(replicaA.base(), "api/stream?after=" + start, null);
             SseClient onB = SseClient.connect(replicaB.base(), "api/stream?after=" + start, null)) {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                ServiceProcess replica = w % 2 == 0 ? replicaA : replicaB;
                int writer = w;
                running.add(writers.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        var answer = replica.post("/api/events", "{\"topicId\": \"both-replicas\", \"type\": "
                                + "\"statement.issued\", \"occurredAt\": \"2019-01-16\", \"actors\": [{\"name\": \"W"
                                + writer + "-" + i + "\"}]}");
                        assertEquals(201, answer.statusCode(), answer.body());
                    }
                    return null;
                }));
            }
            for (Future<?> writer : running) {
                writer.get(2, TimeUnit.MINUTES);
            }
            long end = head(replicaA);
            assertEquals(start + 200, end);
            LiveStreamTest.assertContiguous(start, end, onA.eventsUntil(end, Duration.ofSeconds(30)));
            LiveStreamTest.assertContiguous(start, end, onB.eventsUntil(end, Duration.ofSeconds(30)));
        } finally {
            writers.shutdownNow();
        }
    }

    @Test
    void anArticlePostedToTheReplicaWithoutTheExtractorGetsItsEventsFromTheOther() throws Exception {
        replicaA.post("/api/topics", JSON.writeValueAsString(Map.of("id", InventedArticles.TOPIC,
                "title", "India-Pakistan dialogue", "parties", List.of("India", "Pakistan"),
                "aliases", List.of("Kartarpur corridor"))));
        String article = JSON.writeValueAsString(InventedArticles.article(
                InventedArticles.meetingText(InventedArticles.marker()), null, "2021-03-05"));

        var answer = replicaA.post("/api/articles", article,
                Map.of("Prefer", "wait=" + InventedArticles.WAIT_SECONDS));

        assertEquals(201, answer.statusCode(), answer.body());
        JsonNode events = JSON.readTree(answer.body()).get("events");
        assertTrue(events.size() >= 1, answer.body());
        JsonNode runsHereOnA = JSON.readTree(replicaA.get("/q/health/ready").body()).at("/checks");
        JsonNode runsHereOnB = JSON.readTree(replicaB.get("/q/health/ready").body()).at("/checks");
        assertEquals("false", extractionCheck(runsHereOnA).at("/data/runsHere").asText());
        assertEquals("true", extractionCheck(runsHereOnB).at("/data/runsHere").asText());
    }

    private static JsonNode extractionCheck(JsonNode checks) {
        for (JsonNode check : checks) {
            if (check.get("name").asText().equals("extraction")) {
                return check;
            }
        }
        throw new AssertionError("no extraction check in " + checks);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aWriteThroughOneReplicaIsReadThroughTheOtherAlsoAfterTheFoldingOneStopped() throws Exception {
        assertEquals(201, replicaA.post("/api/topics", "{\"id\": \"" + READ_YOUR_WRITES_TOPIC + "\", "
                + "\"title\": \"Replicas\", \"parties\": [\"Russia\", \"Japan\"]}").statusCode());
        ServiceProcess[] replicas = {replicaA, replicaB};
        for (int round = 1; round <= ROUNDS; round++) {
            appendThenReadElsewhere(replicas[round % 2], replicas[(round + 1) % 2], round);
        }
        replicaA.close();
        for (int round = ROUNDS + 1; round <= ROUNDS + 20; round++) {
            appendThenReadElsewhere(replicaB, replicaB, round);
        }
    }

    private static void appendThenReadElsewhere(ServiceProcess writer, ServiceProcess reader, int round)
            throws Exception {
        HttpResponse<String> appended = writer.post("/api/events", "{\"topicId\": \"" + READ_YOUR_WRITES_TOPIC
                + "\", \"type\": \"meeting.held\", \"occurredAt\": \"" + LocalDate.of(2000, 1, 1).plusDays(round)
                + "\", \"actors\": [{\"name\": \"Lavrov\"}]}");
        assertEquals(201, appended.statusCode(), appended.body());
        long position = Long.parseLong(appended.headers().firstValue("Consistency-Position").orElseThrow());
        HttpResponse<String> read = reader.get("/api/topics/" + READ_YOUR_WRITES_TOPIC + "?minPosition=" + position);
        assertEquals(200, read.statusCode(), read.body());
        JsonNode state = JSON.readTree(read.body());
        assertEquals(round, state.get("reportCount").asInt(), "round " + round + " reads its own write");
        assertTrue(Long.parseLong(read.headers().firstValue("Projection-Position").orElseThrow()) >= position);
    }

    private static long head(ServiceProcess replica) throws Exception {
        JsonNode health = JSON.readTree(replica.get("/q/health/ready").body());
        for (JsonNode check : health.get("checks")) {
            if (check.get("name").asText().equals("event-log")) {
                return check.at("/data/head").asLong();
            }
        }
        throw new AssertionError("no event-log readiness check: " + health);
    }
}
