package org.negotiationtracker.tracing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every finished span, kept in memory for the tests to look at: Quarkus exports to each SpanExporter bean.
 * Spans reach it in batches, and some end on other threads just after the answer the test sees (the HTTP
 * server's span ends once the response is sent), so tests wait for the spans they look for.
 */
public class InMemorySpans {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }

    /** The finished spans that match, once there is at least one (empty after the wait). */
    public static List<SpanData> await(InMemorySpanExporter exporter, Predicate<SpanData> matching)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<SpanData> found = List.of();
        while (found.isEmpty() && System.nanoTime() < deadline) {
            found = exporter.getFinishedSpanItems().stream().filter(matching).toList();
            if (found.isEmpty()) {
                Thread.sleep(50);
            }
        }
        return found;
    }
}
