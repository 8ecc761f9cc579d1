package org.negotiationtracker.eventlog;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The bug event stores keep re-fixing: under concurrent appends a reader tailing by position must
 * neither skip a late commit nor see an event twice.
 */
@QuarkusTest
class TailingReaderTest {

    private static final int WRITERS = 12;
    private static final int APPENDS_PER_WRITER = 40;

    @Test
    void aTailingReaderSeesEveryAcknowledgedEventExactlyOnceInOrder() throws Exception {
        List<String> topics = List.of(newTopic("tail-a"), newTopic("tail-b"), newTopic("tail-c"));
        long start = head();
        Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);

        Future<List<Long>> reader = pool.submit(() -> tail(start, writing));
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < APPENDS_PER_WRITER; i++) {
                    String topic = topics.get((writer + i) % topics.size());
                    Object body = i % 5 == 0
                            ? List.of(meeting(topic, "2019-01-01", "W" + writer + "-" + i + "a"),
                                      meeting(topic, "2019-01-02", "W" + writer + "-" + i + "b"))
                            : meeting(topic, "2019-01-03", "W" + writer + "-" + i);
                    List<Integer> positions = given().contentType(ContentType.JSON).body(body).post("/api/events")
                            .then().statusCode(201).extract().path("events.position");
                    positions.forEach(p -> acknowledged.add(p.longValue()));
                }
            }));
        }
        for (Future<?> w : writers) {
            w.get(2, TimeUnit.MINUTES);
        }
        writing.set(false);
        List<Long> seen = reader.get(2, TimeUnit.MINUTES);
        pool.shutdown();

        for (int i = 1; i < seen.size(); i++) {
            assertEquals(seen.get(i - 1) + 1, seen.get(i), "the reader must see positions in order, without gaps");
        }
        assertEquals(seen.size(), Set.copyOf(seen).size(), "no event twice");
        assertTrue(seen.containsAll(acknowledged), "every acknowledged event reached the reader");
        assertEquals(WRITERS * APPENDS_PER_WRITER * 6 / 5, acknowledged.size());
    }

    @Test
    void concurrentRetriesOfOneEventStoreItOnce() throws Exception {
        String topic = newTopic("retries");
        Map<String, Object> event = new HashMap<>(meeting(topic, "2019-01-14", "Lavrov"));
        event.put("id", "retried-" + topic);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<JsonPath>> answers = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            answers.add(pool.submit(() -> given().contentType(ContentType.JSON).body(event).post("/api/events")
                    .then().extract().jsonPath()));
        }
        Set<Integer> positions = new java.util.HashSet<>();
        int fresh = 0;
        for (Future<JsonPath> answer : answers) {
            JsonPath json = answer.get(1, TimeUnit.MINUTES);
            positions.add(json.getInt("events[0].position"));
            fresh += json.getInt("appended");
        }
        pool.shutdown();

        assertEquals(1, fresh, "exactly one of the retries appended");
        assertEquals(1, positions.size(), "every retry answered with the same position");
        List<String> ids = given().queryParam("topic", topic).get("/api/events").then().extract().path("events.id");
        assertEquals(1, ids.stream().filter(id -> id.equals("retried-" + topic)).count());
    }

    /** Polls the log like a real tailing client until the writers are done and it has caught up. */
    private static List<Long> tail(long after, AtomicBoolean writing) {
        List<Long> seen = new ArrayList<>();
        long last = after;
        while (true) {
            boolean stillWriting = writing.get();
            JsonPath page = given().queryParam("after", last).queryParam("limit", 50).get("/api/events").then()
                    .statusCode(200).extract().jsonPath();
            List<Long> positions = page.getList("events.position", Long.class);
            seen.addAll(positions);
            last = page.getLong("nextAfter");
            if (!stillWriting && positions.isEmpty()) {
                return seen;
            }
        }
    }
}
