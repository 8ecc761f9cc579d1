package org.negotiationtracker.stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LiveStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TestHTTPResource("/")
    URI base;

    @Test
    void catchUpThenLiveDeliversEveryPositionOnceInOrderWhileAppendsRace() throws Exception {
        List<String> topics = List.of(newTopic("seam-a"), newTopic("seam-b"));
        long start = head();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            running.add(writers.submit(() -> {
                for (int i = 0; i < 60; i++) {
                    append(meeting(topics.get(i % 2), "2019-01-" + (10 + i % 15), "W" + writer + "-" + i))
                            .statusCode(201);
                }
            }));
        }
        awaitHead(start + 20);
        try (SseClient client = SseClient.connect(base, "api/stream?after=" + start, null)) {
            for (Future<?> writer : running) {
                writer.get(1, TimeUnit.MINUTES);
            }
            long end = head();
            List<SseClient.Message> received = client.eventsUntil(end, WAIT);

            assertContiguous(start, end, received);
        } finally {
            writers.shutdownNow();
        }
    }

    @Test
    void aReconnectWithLastEventIdInTheMiddleOfABurstLosesAndRepeatsNothing() throws Exception {
        String topic = newTopic("reconnect");
        long start = head();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> burst = writer.submit(() -> {
            for (int i = 0; i < 150; i++) {
                append(meeting(topic, "2019-02-" + (10 + i % 15), "R" + i)).statusCode(201);
            }
        });
        List<SseClient.Message> received = new ArrayList<>();
        try (SseClient first = SseClient.connect(base, "api/stream?after=" + start, null)) {
            received.addAll(first.eventsUntil(start + 40, WAIT));
        }
        String lastEventId = received.get(received.size() - 1).id();
        try (SseClient second = SseClient.connect(base, "api/stream?after=0", lastEventId)) {
            burst.get(1, TimeUnit.MINUTES);
            received.addAll(second.eventsUntil(head(), WAIT));
        } finally {
            writer.shutdownNow();
        }

        assertContiguous(start, head(), received);
    }

    @Test
    void theTopicStreamFollowsEachEventWithTheTopicsNewState() throws Exception {
        String topic = newTopic("topic-stream");
        try (SseClient client = SseClient.connect(base, "api/topics/" + topic + "/stream", null)) {
            SseClient.Message opened = client.next(WAIT);
            assertTrue(opened.isComment() && opened.retry() != null, "opens with a comment and a retry: hint");
            SseClient.Message initial = client.next(WAIT);
            assertEquals("state", initial.event());
            assertEquals(1, JSON.readTree(initial.data()).get("version").asInt());

            append(meeting(topic, "2019-01-14", "Sergey Lavrov")).statusCode(201);
            append(meeting(topic, "2019-02-16", "Taro Kono")).statusCode(201);
            append(meeting(newTopic("other-topic"), "2019-03-01", "Someone")).statusCode(201);
            append(meeting(topic, "2019-01-20", "Taro Kono")).statusCode(201);

            List<String> lastMeetings = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                SseClient.Message event = client.next(WAIT);
                SseClient.Message state = client.next(WAIT);
                assertEquals("meeting.held", event.event());
                assertEquals("state", state.event());
                assertEquals(event.id(), state.id());
                JsonNode eventJson = JSON.readTree(event.data());
                JsonNode stateJson = JSON.readTree(state.data());
                assertEquals(topic, eventJson.get("topicId").asText());
                assertEquals(eventJson.get("topicVersion").asInt(), stateJson.get("version").asInt());
                assertEquals(eventJson.get("position").asLong(), stateJson.get("position").asLong());
                lastMeetings.add(stateJson.at("/lastMeetingHeld/date").asText());
            }
            assertEquals(List.of("2019-01-14", "2019-02-16", "2019-02-16"), lastMeetings);
        }
    }

    @Test
    void aTopicStreamCaughtUpFromTheStartShowsTheStateAsItWasAfterEachEvent() throws Exception {
        String topic = newTopic("topic-catch-up");
        append(meeting(topic, "2019-01-14", "Lavrov")).statusCode(201);
        append(meeting(topic, "2019-02-16", "Lavrov")).statusCode(201);
        try (SseClient client = SseClient.connect(base, "api/topics/" + topic + "/stream?after=0", null)) {
            List<SseClient.Message> messages = client.eventsUntil(head(), WAIT);
            messages.add(client.next(WAIT));
            List<String> names = messages.stream().map(SseClient.Message::event).toList();
            assertEquals(List.of("topic.registered", "state", "meeting.held", "state", "meeting.held", "state"), names);
            assertEquals("2019-01-14", JSON.readTree(messages.get(3).data()).at("/lastMeetingHeld/date").asText());
            assertEquals(2, JSON.readTree(messages.get(3).data()).get("version").asInt());
            assertEquals("2019-02-16", JSON.readTree(messages.get(5).data()).at("/lastMeetingHeld/date").asText());
        }
    }

    @Test
    void eachMessageCarriesTheEventAsTheLogReadShowsIt() throws Exception {
        long start = head();
        String topic = newTopic("same-json");
        append(meeting(topic, "2019-01-14", "Sergey Lavrov")).statusCode(201);
        JsonNode logged = JSON.readTree(given().get("/api/events?after=" + start).asString()).get("events");
        try (SseClient client = SseClient.connect(base, "api/stream?after=" + start, null)) {
            assertTrue(client.contentType().startsWith("text/event-stream"), client.contentType());
            List<SseClient.Message> received = client.eventsUntil(start + 2, WAIT);
            assertEquals(List.of("topic.registered", "meeting.held"),
                    received.stream().map(SseClient.Message::event).toList());
            for (int i = 0; i < 2; i++) {
                assertEquals(logged.get(i), JSON.readTree(received.get(i).data()));
            }
        }
    }

    @Test
    void typesNarrowTheStream() throws Exception {
        String topic = newTopic("types-stream");
        long start = head();
        Map<String, Object> statement = new HashMap<>(meeting(topic, "2019-01-02", "Lavrov"));
        statement.put("type", "statement.issued");
        append(List.of(meeting(topic, "2019-01-01", "Lavrov"), statement, meeting(topic, "2019-01-03", "Kono")))
                .statusCode(201);
        try (SseClient client = SseClient.connect(base, "api/stream?types=statement.issued&after=" + start, null)) {
            List<SseClient.Message> received = client.eventsUntil(start + 2, WAIT);
            assertEquals(List.of("statement.issued"), received.stream().map(SseClient.Message::event).toList());
        }
    }

    @Test
    void anIdleStreamGetsHeartbeats() throws Exception {
        try (SseClient client = SseClient.connect(base, "api/stream", null)) {
            SseClient.Message opened = client.next(WAIT);
            assertNotNull(opened.retry(), "the stream tells clients how long to wait before reconnecting");
            SseClient.Message heartbeat = client.next(Duration.ofSeconds(5));
            assertNotNull(heartbeat, "a heartbeat within the configured interval");
            assertEquals("heartbeat", heartbeat.comment());
        }
    }

    @Test
    void badStreamRequestsAreProblems() {
        given().header("Last-Event-ID", "yesterday").get("/api/stream").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("Last-Event-ID"));
        given().get("/api/topics/no-such-topic/stream").then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** Exactly the events after {@code start} up to {@code end}, each once, in log order. */
    /** Until the log holds {@code position}: the subscription then opens on a backlog while appends go on. */
    private static void awaitHead(long position) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (head() < position) {
            assertTrue(System.nanoTime() < deadline, "the log did not reach " + position + " within " + WAIT);
            Thread.sleep(10);
        }
    }

    static void assertContiguous(long start, long end, List<SseClient.Message> received) {
        List<Long> positions = received.stream().filter(m -> !"state".equals(m.event()))
                .map(SseClient.Message::position).toList();
        Set<Long> distinct = new LinkedHashSet<>(positions);
        assertEquals(positions.size(), distinct.size(), "no position twice: " + positions);
        List<Long> expected = new ArrayList<>();
        for (long p = start + 1; p <= end; p++) {
            expected.add(p);
        }
        assertEquals(expected, positions.subList(0, Math.min(positions.size(), expected.size())));
        assertEquals(expected.size(), positions.size());
    }
}
