package org.negotiationtracker.stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Subscribers far behind the feed's small window read the log at their own pace; one that stops
 * reading altogether holds up neither appends nor the other subscribers, and leaves when it hangs up.
 */
@QuarkusTest
@TestProfile(SmallWindowProfile.class)
class SlowSubscriberTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TestHTTPResource("/")
    URI base;

    @Test
    void catchingUpFromTheLogJoinsTheLiveFeedWithoutGapOrRepeat() throws Exception {
        String topic = newTopic("beyond-window");
        long start = head();
        for (int i = 0; i < 30; i++) {
            append(meeting(topic, "2019-01-" + (10 + i % 15), "Before" + i)).statusCode(201);
        }
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> live = writer.submit(() -> {
            for (int i = 0; i < 100; i++) {
                append(meeting(topic, "2019-03-" + (10 + i % 15), "During" + i)).statusCode(201);
            }
        });
        try (SseClient client = SseClient.connect(base, "api/stream?after=" + start, null);
             SseClient topicClient = SseClient.connect(base, "api/topics/" + topic + "/stream?after=" + start, null)) {
            live.get(1, TimeUnit.MINUTES);
            long end = head();
            LiveStreamTest.assertContiguous(start, end, client.eventsUntil(end, WAIT));
            List<SseClient.Message> topicMessages = topicClient.eventsUntil(end, WAIT);
            LiveStreamTest.assertContiguous(start, end, topicMessages);
        } finally {
            writer.shutdownNow();
        }
    }

    @Test
    void aStalledSubscriberBlocksNeitherAppendsNorOtherSubscribers() throws Exception {
        String topic = newTopic("stalled");
        long start = head();
        try (Socket stalled = openAndNeverRead(); SseClient healthy = SseClient.connect(base,
                "api/stream?after=" + start, null)) {
            int batches = 60;
            for (int b = 0; b < batches; b++) {
                List<Map<String, Object>> batch = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    Map<String, Object> event = new HashMap<>(meeting(topic, "2019-01-01", "Stall" + b + "-" + i));
                    event.put("summary", "s".repeat(2000));
                    batch.add(event);
                }
                append(batch).statusCode(201);
            }
            long end = head();
            LiveStreamTest.assertContiguous(start, end, healthy.eventsUntil(end, WAIT));
        }
        awaitOpenStreams(0);
    }

    /** Opens a stream of the whole log on a socket with a tiny receive buffer, and never reads from it. */
    private Socket openAndNeverRead() throws Exception {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(1024);
        socket.connect(new InetSocketAddress(base.getHost(), base.getPort()));
        OutputStream out = socket.getOutputStream();
        out.write(("GET /api/stream?after=0 HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private static void awaitOpenStreams(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        double open = -1;
        while (System.nanoTime() < deadline) {
            open = openStreams();
            if (open == expected) {
                return;
            }
            Thread.sleep(100);
        }
        assertEquals(expected, open, "closed connections are released");
    }

    private static double openStreams() {
        String metrics = given().get("/q/metrics").then().extract().asString();
        return metrics.lines().filter(line -> line.startsWith("tracker_stream_subscribers"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElse(-1);
    }
}
