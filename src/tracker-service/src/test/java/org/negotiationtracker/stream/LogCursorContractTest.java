package org.negotiationtracker.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/** The cursor keeps the Reactive Streams rules quarkus-rest relies on; what it streams is tested over HTTP. */
class LogCursorContractTest {

    private static final byte[] OPENING = ": stream\n\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void sendsNothingBeforeItIsAskedAndOneChunkPerRequest() {
        Recorder first = new Recorder();
        LogCursor cursor = cursor();
        cursor.subscribe(first);
        assertEquals(List.of(), first.chunks);
        first.subscription.request(1);
        assertEquals(1, first.chunks.size());
        assertArrayEquals(OPENING, first.chunks.get(0));
    }

    @Test
    void aSecondSubscriberIsRefusedWithoutDisturbingTheFirst() {
        LogCursor cursor = cursor();
        Recorder first = new Recorder();
        Recorder second = new Recorder();
        cursor.subscribe(first);
        cursor.subscribe(second);
        assertInstanceOf(IllegalStateException.class, second.error);
        second.subscription.cancel();
        first.subscription.request(1);
        assertEquals(1, first.chunks.size());
        assertNull(first.error);
    }

    @Test
    void aRequestForNoneIsAnError() {
        Recorder first = new Recorder();
        cursor().subscribe(first);
        first.subscription.request(0);
        assertInstanceOf(IllegalArgumentException.class, first.error);
        first.subscription.request(1);
        assertEquals(List.of(), first.chunks);
    }

    /** Only the opening is asked for, so the cursor never reaches the log or the feed. */
    private static LogCursor cursor() {
        return new LogCursor(null, null, null, null, null, 0, null, Set.of(), null, OPENING);
    }

    private static final class Recorder implements Flow.Subscriber<byte[]> {
        Flow.Subscription subscription;
        final List<byte[]> chunks = new ArrayList<>();
        Throwable error;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
        }

        @Override
        public void onNext(byte[] chunk) {
            chunks.add(chunk);
        }

        @Override
        public void onError(Throwable error) {
            this.error = error;
        }

        @Override
        public void onComplete() {
        }
    }
}
