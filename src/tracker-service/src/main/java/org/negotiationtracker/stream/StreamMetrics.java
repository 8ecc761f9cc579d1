package org.negotiationtracker.stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicInteger;

/** How many streams are open on this instance; a closed connection leaves the count at once. */
@ApplicationScoped
class StreamMetrics {

    private final AtomicInteger open = new AtomicInteger();

    StreamMetrics(MeterRegistry registry) {
        Gauge.builder("tracker.stream.subscribers", open, AtomicInteger::get)
                .description("Open SSE streams on this instance").register(registry);
    }

    <T> Multi<T> track(Multi<T> stream) {
        return stream.onSubscription().invoke(open::incrementAndGet)
                .onTermination().invoke(open::decrementAndGet);
    }

    int open() {
        return open.get();
    }
}
