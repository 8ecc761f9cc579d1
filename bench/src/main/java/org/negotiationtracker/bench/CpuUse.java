package org.negotiationtracker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the CPU of a measured window went, from Linux's own accounting ({@code /proc}): the service's threads by
 * what they do, every PostgreSQL process, and this driver. On a machine this small every part competes for the same
 * two cores, so a figure per event says what each part costs an append, and their sum what the machine can do.
 */
final class CpuUse {

    /** The service's threads by name, as Linux keeps it: the first 15 characters. */
    private static final List<Map.Entry<String, String>> SERVICE_PARTS = List.of(
            Map.entry("vert.x-eventloo", "request threads"), Map.entry("executor-thread", "request threads"),
            Map.entry("vert.x-worker", "request threads"), Map.entry("event-log-write", "writer"),
            Map.entry("projector", "projector"), Map.entry("read-model-rebu", "rebuild"),
            Map.entry("ForkJoinPool.co", "common pool"), Map.entry("log-feed", "live feed"),
            Map.entry("C1 CompilerThre", "JIT"), Map.entry("C2 CompilerThre", "JIT"), Map.entry("GC Thread", "GC"),
            Map.entry("G1 ", "GC"));
    static final double MILLIS_PER_TICK = 10;

    /** CPU ticks of each part at one moment. */
    record Snapshot(Map<String, Long> ticks) {
    }

    private CpuUse() {
    }

    /** @param servicePid 0 when no service runs (raw JDBC, the bare server in this JVM) */
    static Snapshot take(long servicePid) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        if (servicePid != 0) {
            threadsOf(servicePid).forEach((name, used) -> ticks.merge(part(name), used, Long::sum));
        }
        ticks.put("PostgreSQL", processesNamed("postgres"));
        ticks.put("driver", processTicks(Path.of("/proc/self/stat")));
        return new Snapshot(ticks);
    }

    /** Milliseconds of CPU per event of each part between two snapshots, in a fixed order. */
    static Map<String, Double> perEvent(Snapshot before, Snapshot after, long events) {
        Map<String, Double> perEvent = new LinkedHashMap<>();
        for (String part : List.of("request threads", "writer", "projector", "rebuild", "common pool", "live feed", "JIT", "GC",
                "other service threads", "PostgreSQL", "driver")) {
            long used = after.ticks().getOrDefault(part, 0L) - before.ticks().getOrDefault(part, 0L);
            if (after.ticks().containsKey(part)) {
                perEvent.put(part, used * MILLIS_PER_TICK / Math.max(1, events));
            }
        }
        return perEvent;
    }

    private static String part(String threadName) {
        return SERVICE_PARTS.stream().filter(prefix -> threadName.startsWith(prefix.getKey())).findFirst()
                .map(Map.Entry::getValue).orElse("other service threads");
    }

    private static Map<String, Long> threadsOf(long pid) {
        Map<String, Long> threads = new LinkedHashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            tasks.forEach(task -> {
                String stat = read(task.resolve("stat"));
                if (stat != null) {
                    threads.merge(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ticks(stat), Long::sum);
                }
            });
        } catch (IOException e) {
            // the service has ended: nothing to count
        }
        return threads;
    }

    private static long processesNamed(String command) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .map(path -> read(path.resolve("stat")))
                    .filter(stat -> stat != null && stat.substring(stat.indexOf('(') + 1).startsWith(command + ")"))
                    .mapToLong(CpuUse::ticks).sum();
        } catch (IOException e) {
            throw new IllegalStateException("no /proc to read CPU use from", e);
        }
    }

    static long processTicks(Path stat) {
        String line = read(stat);
        return line == null ? 0 : ticks(line);
    }

    /** User plus system time, the 14th and 15th fields of a stat line. */
    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Null when the process or thread has gone meanwhile. */
    private static String read(Path stat) {
        try {
            return Files.readString(stat);
        } catch (IOException e) {
            return null;
        }
    }
}
