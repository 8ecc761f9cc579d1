package org.negotiationtracker.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.negotiationtracker.article.ArticleExtractor;

/**
 * An extractor loaded with everything it reads with, the trained models too (which otherwise load on the first
 * article), and what that cost: the time, and the heap in use and the process's resident memory once loaded.
 */
public record ExtractorLoad(ArticleExtractor extractor, Cost cost) {

    private static final long MIB = 1024 * 1024;

    /**
     * {@code heapMiB} is the heap live after a full collection; {@code residentMiB} the process's resident set
     * (VmRSS of /proc/self/status, 0 where there is none); each {@code Growth} is how much the load added (the
     * collection before it may release more than it adds); {@code loadAverage} the machine's one-minute load
     * average when the load ended ("–" where there is none), because on a shared machine the time depends on it.
     */
    public record Cost(ArticleExtractor.Models models, String version, long millis, String loadAverage,
                       long heapMiB, long heapGrowthMiB, long residentMiB, long residentGrowthMiB) {
    }

    public static ExtractorLoad of(ArticleExtractor.Models models) {
        long heapBefore = heapInUse();
        long residentBefore = processStatusMiB("VmRSS");
        long started = System.nanoTime();
        ArticleExtractor extractor = ArticleExtractor.load(List.of(), models);
        extractor.loadModels();
        long millis = (System.nanoTime() - started) / 1_000_000;
        String loadAverage = loadAverage();
        long heap = heapInUse();
        long resident = processStatusMiB("VmRSS");
        return new ExtractorLoad(extractor, new Cost(models, extractor.version(), millis, loadAverage, heap / MIB,
                (heap - heapBefore) / MIB, resident, resident - residentBefore));
    }

    private static long heapInUse() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The machine's one-minute load average (the first field of /proc/loadavg), "–" where there is none. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException notLinux) {
            return "–";
        }
    }

    /**
     * A memory figure of this process from /proc/self/status, such as VmRSS (resident now) or VmHWM (the most
     * it has been resident); 0 where there is none.
     */
    public static long processStatusMiB(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith(field + ":"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
                    .findFirst().orElse(0);
        } catch (IOException notLinux) {
            return 0;
        }
    }
}
