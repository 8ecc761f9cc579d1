package org.negotiationtracker.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Subscribers to the whole log at the head share the frames of a new event: encoded once, not once each. */
@QuarkusTest
class SharedFramesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int SUBSCRIBERS = 3;

    @TestHTTPResource("/")
    URI base;

    @Inject
    MeterRegistry registry;

    @Test
    void anEventReachesEverySubscriberAtTheHeadFromOneEncodedChunk() throws Exception {
        String topic = newTopic("shared-frames");
        long start = head();
        List<SseClient> subscribers = new ArrayList<>();
        try {
            for (int i = 0; i < SUBSCRIBERS; i++) {
                SseClient subscriber = SseClient.connect(base, "api/stream", null);
                subscribers.add(subscriber);
                assertNotNull(subscriber.next(WAIT), "the opening");
            }
            awaitFeedAt(start);
            double encodedBefore = encoded();

            append(meeting(topic, "2019-01-14", "Sergey Lavrov")).statusCode(201);

            for (SseClient subscriber : subscribers) {
                List<SseClient.Message> received = subscriber.eventsUntil(start + 1, WAIT);
                assertEquals("meeting.held", received.get(received.size() - 1).event());
            }
            assertEquals(1.0, encoded() - encodedBefore, "chunks encoded for " + SUBSCRIBERS + " subscribers");
        } finally {
            for (SseClient subscriber : subscribers) {
                subscriber.close();
            }
        }
    }

    private double encoded() {
        return registry.get("tracker.stream.frames-encoded").counter().count();
    }

    private void awaitFeedAt(long position) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (registry.get("tracker.stream.feed.position").gauge().value() < position) {
            assertTrue(System.nanoTime() < deadline, "the live feed did not reach " + position);
            Thread.sleep(10);
        }
    }
}
