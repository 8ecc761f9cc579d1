package org.negotiationtracker.projection;

/**
 * How many reports the topic projections kept in memory may hold: {@code tracker.projection.cached-reports}, or as
 * many as a quarter of the heap holds at {@value #HEAP_BYTES_PER_REPORT} bytes a report, about what a report and its
 * share of its entry and of its topic's figures take as measured (docs/benchmarks.md, bulk import).
 */
public record TopicCacheBound(long reports) {

    static final long HEAP_BYTES_PER_REPORT = 2048;

    public static TopicCacheBound of(ProjectionConfig config) {
        return new TopicCacheBound(config.cachedReports()
                .orElse(Runtime.getRuntime().maxMemory() / 4 / HEAP_BYTES_PER_REPORT));
    }
}
