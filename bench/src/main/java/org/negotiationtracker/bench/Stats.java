package org.negotiationtracker.bench;

import java.util.Arrays;

/** Percentiles of a set of measurements. */
final class Stats {

    private final long[] sorted;

    Stats(long[] values) {
        this.sorted = values.clone();
        Arrays.sort(sorted);
    }

    long percentile(double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    long max() {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    int count() {
        return sorted.length;
    }

    static String ms(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }
}
