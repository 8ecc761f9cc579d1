package org.negotiationtracker.stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.negotiationtracker.cache.WeighedLruMap;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.eventlog.StoredEvent;
import org.negotiationtracker.logfollowing.LogFollowing;
import org.negotiationtracker.logfollowing.LogSubscription;
import org.negotiationtracker.projection.ProjectionConfig;
import org.negotiationtracker.projection.TopicCacheBound;

/**
 * This instance's one reader of the log's tail. It reads every new event once, by position, into a
 * bounded window of recent events that all live subscribers share, and wakes the subscribers that
 * wait at the head. Appends on this instance wake it directly, appends on other replicas through the
 * database (PostgreSQL NOTIFY), and a slow poll covers anything both could miss.
 */
@ApplicationScoped
public class LogFeed {

    private static final int READ_PAGE = 1000;

    private final LogFollowing log;
    private final TopicReplay replay;
    private final MeterRegistry registry;
    private final StreamMetrics metrics;
    private final int windowSize;
    private final Duration heartbeat;
    private final ConcurrentSkipListMap<Long, FeedEntry> window = new ConcurrentSkipListMap<>();
    private final Set<HeadWaiter> waiters = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> topicSubscribers = new ConcurrentHashMap<>();
    private final WeighedLruMap<String, TopicProjection> projections;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stream-heartbeats");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long head;
    private final Map<StreamFilter, SharedChunk> lastShared = new ConcurrentHashMap<>();
    private final LogSubscription subscription;

    LogFeed(LogFollowing log, TopicReplay replay, MeterRegistry registry, StreamMetrics metrics, StreamConfig config,
            ProjectionConfig projection) {
        this.log = log;
        this.metrics = metrics;
        this.heartbeat = config.heartbeat();
        this.replay = replay;
        this.registry = registry;
        this.windowSize = config.windowEvents();
        this.projections = new WeighedLruMap<>(TopicCacheBound.of(projection).reports(),
                topic -> 1L + topic.reportCount());
        this.subscription = log.subscribe("the live feed's reading of the log", "log-feed", null,
                config.pollInterval(), Duration.ZERO);
    }

    void start(@Observes StartupEvent startup) {
        head = log.head();
        subscription.start(this::readNewEvents);
        long sweep = Math.max(10, heartbeat.toMillis() / 4);
        heartbeats.scheduleAtFixedRate(this::sendHeartbeats, sweep, sweep, TimeUnit.MILLISECONDS);
        Gauge.builder("tracker.stream.feed.position", this, LogFeed::head)
                .description("Last log position the live streams of this instance have read").register(registry);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        heartbeats.shutdownNow();
        subscription.stop(Duration.ZERO);
    }

    long head() {
        return head;
    }

    /**
     * The events after {@code after} that the window still holds, up to {@code limit} scanned, or empty
     * when the window no longer reaches back that far (the caller then reads the log itself).
     */
    Optional<List<FeedEntry>> after(long after, int limit, Predicate<StoredEvent> wanted, long[] scannedTo) {
        ConcurrentNavigableMap<Long, FeedEntry> newer = window.tailMap(after, false);
        Map.Entry<Long, FeedEntry> first = newer.firstEntry();
        if (first == null || first.getKey() != after + 1) {
            return Optional.empty();
        }
        List<FeedEntry> entries = new ArrayList<>();
        long last = after;
        int scanned = 0;
        for (FeedEntry entry : newer.values()) {
            if (entry.position() != last + 1 || scanned++ == limit) {
                break;
            }
            last = entry.position();
            if (wanted.test(entry.event())) {
                entries.add(entry);
            }
        }
        scannedTo[0] = last;
        return Optional.of(entries);
    }

    /**
     * What lies after {@code after} in a stream, up to {@code limit} events scanned, as one chunk of SSE frames:
     * encoded once and written by every subscriber with that filter that asks at that position. The feed makes
     * the whole log's for the subscribers at its head before it wakes them; otherwise the first subscriber to ask
     * makes it for the others. Empty when the window has moved past {@code after}, or when a topic's state after
     * one of the events is not at hand (the topic had no stream when the feed read it).
     */
    Optional<Buffer> sharedAfter(long after, int limit, StreamFilter filter, long[] scannedTo) {
        SharedChunk shared = lastShared.get(filter);
        if (shared != null && shared.after() == after) {
            scannedTo[0] = shared.upTo();
            return Optional.of(shared.frames());
        }
        Optional<List<FeedEntry>> entries = after(after, limit, filter::inStream, scannedTo);
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        List<byte[]> messages = new ArrayList<>();
        for (FeedEntry entry : entries.get()) {
            if (filter.topicId() != null && entry.stateMessage() == null) {
                return Optional.empty();
            }
            if (filter.shows(entry.event())) {
                messages.add(entry.message());
                if (filter.topicId() != null) {
                    messages.add(entry.stateMessage());
                }
            }
        }
        Buffer frames = messages.isEmpty() ? Buffer.buffer() : metrics.encoded(FeedEntry.concat(messages));
        lastShared.put(filter, new SharedChunk(after, scannedTo[0], frames));
        return Optional.of(frames);
    }

    /**
     * Calls {@code woken} with true once the feed has read past {@code position}, or with false when the
     * stream has been idle for a heartbeat. It calls on {@code context} (the subscriber's connection) when
     * there is one, so that the feed only hands work out and every connection writes on its own event loop.
     *
     * @return stops the wait, for a subscriber that goes away first
     */
    Runnable awaitBeyond(long position, Context context, Consumer<Boolean> woken) {
        HeadWaiter waiter = new HeadWaiter(woken, context, System.nanoTime() + heartbeat.toNanos());
        waiters.add(waiter);
        if (head > position) {
            waiters.remove(waiter);
            waiter.wakeUp(true);
        }
        return () -> waiters.remove(waiter);
    }

    /** While a topic has stream subscribers, the feed keeps its state after every event ready for them. */
    void subscribe(String topicId) {
        topicSubscribers.computeIfAbsent(topicId, id -> new AtomicInteger()).incrementAndGet();
    }

    void unsubscribe(String topicId) {
        topicSubscribers.computeIfPresent(topicId, (id, count) -> count.decrementAndGet() == 0 ? null : count);
    }

    /** Reads a page after the feed's position into the window and wakes the waiting subscribers. */
    private boolean readNewEvents() {
        List<StoredEvent> page = log.pageAfter(head, READ_PAGE, null);
        if (page.isEmpty()) {
            return false;
        }
        long before = head;
        List<FeedEntry> read = new ArrayList<>(page.size());
        for (StoredEvent stored : page) {
            FeedEntry entry = FeedEntry.of(stored, stateAfter(stored));
            window.put(stored.position(), entry);
            read.add(entry);
        }
        while (window.size() > windowSize) {
            window.pollFirstEntry();
        }
        // a chunk that starts before the window is never asked for again
        lastShared.values().removeIf(chunk -> chunk.after() < window.firstKey() - 1);
        if (!waiters.isEmpty()) {
            lastShared.put(StreamFilter.WHOLE_LOG, new SharedChunk(before, page.get(page.size() - 1).position(),
                    metrics.encoded(FeedEntry.joined(read))));
        }
        head = page.get(page.size() - 1).position();
        for (HeadWaiter waiter : waiters) {
            if (waiters.remove(waiter)) {
                waiter.wakeUp(true);
            }
        }
        return page.size() == READ_PAGE;
    }

    /** Streams idle for a heartbeat get one, so proxies and load balancers keep them open. */
    private void sendHeartbeats() {
        long now = System.nanoTime();
        for (HeadWaiter waiter : waiters) {
            if (now - waiter.heartbeatDue >= 0 && waiters.remove(waiter)) {
                waiter.wakeUp(false);
            }
        }
    }

    private byte[] stateAfter(StoredEvent stored) {
        String topicId = stored.topicId();
        if (!topicSubscribers.containsKey(topicId)) {
            projections.remove(topicId);
            return null;
        }
        TopicProjection projection = replay.after(projections.get(topicId), stored);
        projections.put(topicId, projection);
        return replay.stateMessage(stored.position(), projection);
    }

    /** The events in (after, upTo] as SSE frames; they never change, so the chunk stays right for that range. */
    private record SharedChunk(long after, long upTo, Buffer frames) {
    }

    private static final class HeadWaiter {

        private final Consumer<Boolean> woken;
        private final Context context;
        private final long heartbeatDue;
        private final AtomicBoolean fired = new AtomicBoolean();

        HeadWaiter(Consumer<Boolean> woken, Context context, long heartbeatDue) {
            this.woken = woken;
            this.context = context;
            this.heartbeatDue = heartbeatDue;
        }

        void wakeUp(boolean moved) {
            if (!fired.compareAndSet(false, true)) {
                return;
            }
            if (context == null) {
                woken.accept(moved);
            } else {
                context.runOnContext(ignored -> woken.accept(moved));
            }
        }
    }
}
