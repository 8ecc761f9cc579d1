package org.negotiationtracker.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.buffer.Unpooled;
import io.smallrye.mutiny.Multi;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many streams are open on this instance (a closed connection leaves the count at once), and how many
 * chunks of SSE text were made into the buffers the connections write.
 */
@ApplicationScoped
class StreamMetrics {

    private final AtomicInteger open = new AtomicInteger();
    private final Counter chunksEncoded;

    StreamMetrics(MeterRegistry registry) {
        Gauge.builder("tracker.stream.subscribers", open, AtomicInteger::get)
                .description("Open SSE streams on this instance").register(registry);
        chunksEncoded = Counter.builder("tracker.stream.frames-encoded")
                .description("Chunks of SSE frames made into a buffer for the connections to write: once for every "
                        + "subscriber to the whole log at the head, once per subscriber otherwise").register(registry);
    }

    <T> Multi<T> track(Multi<T> stream) {
        return stream.onSubscription().invoke(open::incrementAndGet)
                .onTermination().invoke(open::decrementAndGet);
    }

    int open() {
        return open.get();
    }

    /**
     * The chunk as a buffer that any number of connections may write: it wraps the bytes without copying them, and
     * Vert.x writes a slice of it, so the bytes are never changed and each connection keeps its own read index.
     */
    Buffer encoded(byte[] sseText) {
        chunksEncoded.increment();
        return Buffer.buffer(Unpooled.wrappedBuffer(sseText));
    }
}
