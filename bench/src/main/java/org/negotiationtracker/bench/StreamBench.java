package org.negotiationtracker.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.negotiationtracker.ServiceProcess;

/** Live-stream latency under load, idle subscribers per instance and their heap, catch-up speed. */
final class StreamBench {

    record Latency(int subscribers, int perRequest, int topics, int events, double rate, Stats stats,
                   long deliveries) {
    }

    record Idle(int subscribers, double heapMiB, boolean allReceived) {
    }

    record CatchUp(long events, double seconds) {
        double rate() {
            return events / seconds;
        }
    }

    /** HTTP/1.1, as AppendBench: the JDK client would otherwise upgrade to h2c and send every append down one connection. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern POSITION = Pattern.compile("\"position\":(\\d+)");
    private static final Pattern HEAP_USED = Pattern.compile(
            "jvm_memory_used_bytes\\{area=\"heap\",id=\"([^\"]+)\"[^}]*} ([0-9.E+]+)");

    private final ServiceProcess service;

    StreamBench(ServiceProcess service) throws Exception {
        this.service = service;
        Events.registerTopic(service.base(), "stream-bench");
    }

    /**
     * Appends at {@code rate} events/s, {@code perRequest} events per POST (one topic each, taking turns
     * among {@code topics}), for {@code duration} while {@code subscribers} follow /api/stream, on the service.
     */
    Latency latency(int subscribers, int rate, int perRequest, int topics, Duration duration) throws Exception {
        return latency(service.base(), subscribers, rate, perRequest, topics, duration);
    }

    /** The same load on {@code target}: the service, or the bare server it is compared with ({@link BareSseServer}). */
    static Latency latency(URI target, int subscribers, int rate, int perRequest, int topics, Duration duration)
            throws Exception {
        // topics of its own, so that the events earlier loads appended do not make this one's appends dearer
        String[] topicIds = new String[topics];
        for (int t = 0; t < topics; t++) {
            topicIds[t] = "stream-bench-" + subscribers + "-" + perRequest + "-" + t + "-" + System.nanoTime();
            Events.registerTopic(target, topicIds[t]);
        }
        long start = head(target);
        int events = (int) (rate * duration.toSeconds());
        long last = start + events;
        long[] acknowledged = new long[events + 1];
        long[][] received = new long[subscribers][events + 1];
        SseFanIn fanIn = new SseFanIn(target.getPort(), "/api/stream?after=" + start, subscribers, last,
                (subscriber, position, nanoTime) -> {
                    int index = (int) (position - start);
                    if (index > 0 && index <= events) {
                        received[subscriber][index] = nanoTime;
                    }
                });
        if (!fanIn.awaitOpened(60)) {
            fanIn.close();
            throw new IllegalStateException("not every subscriber's stream opened");
        }
        ExecutorService appenders = Executors.newFixedThreadPool(16);
        long begin = System.nanoTime();
        long interval = 1_000_000_000L * perRequest / rate;
        for (int i = 0; i < events / perRequest; i++) {
            long due = begin + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String id = "latency-" + subscribers + "-" + perRequest + "-" + i + "-" + begin;
            String topic = topicIds[i % topics];
            appenders.execute(() -> {
                try {
                    String answer = HTTP.send(HttpRequest.newBuilder(target.resolve("api/events"))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                    perRequest == 1 ? Events.event(topic, id) : Events.batch(topic, id, perRequest)))
                            .build(), HttpResponse.BodyHandlers.ofString()).body();
                    long now = System.nanoTime();
                    Matcher position = POSITION.matcher(answer);
                    while (position.find()) {
                        acknowledged[(int) (Long.parseLong(position.group(1)) - start)] = now;
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        appenders.shutdown();
        appenders.awaitTermination(1, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - begin) / 1e9;
        boolean complete = fanIn.awaitLast(60);
        fanIn.close();
        if (!complete) {
            throw new IllegalStateException("not every subscriber received every event");
        }
        long[] samples = new long[subscribers * events];
        int count = 0;
        for (long[] mine : received) {
            for (int i = 1; i <= events; i++) {
                if (acknowledged[i] != 0 && mine[i] != 0) {
                    samples[count++] = Math.max(0, mine[i] - acknowledged[i]);
                }
            }
        }
        return new Latency(subscribers, perRequest, topics, events, events / seconds,
                new Stats(java.util.Arrays.copyOf(samples, count)), count);
    }

    /** Holds ever more idle subscribers; after each step an event must still reach a sample of them. */
    List<Idle> idle(int[] steps) throws Exception {
        List<Idle> results = new ArrayList<>();
        List<SseSubscriber> held = new ArrayList<>();
        try {
            for (int target : steps) {
                while (held.size() < target) {
                    SseSubscriber subscriber = SseSubscriber.open(service.base().getPort(), "/api/stream");
                    subscriber.awaitOpened();
                    held.add(subscriber);
                }
                double heap = heapAfterGcMiB();
                long position = appendOne("idle-" + target);
                int sample = Math.min(50, held.size());
                int stride = Math.max(1, held.size() / sample);
                CountDownLatch reached = new CountDownLatch(sample);
                for (int i = 0; i < sample; i++) {
                    held.get(held.size() - 1 - i * stride).follow(position, p -> { }, reached);
                }
                results.add(new Idle(target, heap, reached.await(30, TimeUnit.SECONDS)));
                System.err.printf("idle %d subscribers: heap %.0f MiB%n", target, heap);
            }
        } finally {
            for (SseSubscriber subscriber : held) {
                subscriber.close();
            }
        }
        return results;
    }

    /** A subscriber {@code behind} events behind the head reads up to it. */
    CatchUp catchUp(int behind) throws Exception {
        long start = head();
        int batch = 1000;
        for (int i = 0; i < behind / batch; i++) {
            int status = service.post("api/events", Events.batch("stream-bench", "catch-up-" + start + "-" + i, batch))
                    .statusCode();
            if (status != 201) {
                throw new IllegalStateException("batch append answered " + status);
            }
        }
        long last = head();
        CountDownLatch reached = new CountDownLatch(1);
        long begin = System.nanoTime();
        try (SseSubscriber subscriber = SseSubscriber.open(service.base().getPort(), "/api/stream?after=" + start)) {
            subscriber.follow(last, p -> { }, reached);
            if (!reached.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("catch-up did not finish");
            }
        }
        return new CatchUp(last - start, (System.nanoTime() - begin) / 1e9);
    }

    private long appendOne(String id) throws Exception {
        Matcher position = POSITION.matcher(service.post("api/events", Events.event("stream-bench", id + "-"
                + System.nanoTime())).body());
        position.find();
        return Long.parseLong(position.group(1));
    }

    private long head() throws Exception {
        return head(service.base());
    }

    private static long head(URI target) throws Exception {
        Matcher head = Pattern.compile("\"head\"\\s*:\\s*(\\d+)").matcher(HTTP.send(HttpRequest.newBuilder(
                target.resolve("q/health/ready")).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        head.find();
        return Long.parseLong(head.group(1));
    }

    /** Heap in use after a full GC, in MiB, as the service's own metrics report it. */
    private double heapAfterGcMiB() throws Exception {
        new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(service.process().pid()), "GC.run").redirectErrorStream(true).start()
                .waitFor(60, TimeUnit.SECONDS);
        Matcher heap = HEAP_USED.matcher(service.get("q/metrics").body());
        double bytes = 0;
        while (heap.find()) {
            bytes += Double.parseDouble(heap.group(2));
        }
        return bytes / (1024 * 1024);
    }
}
