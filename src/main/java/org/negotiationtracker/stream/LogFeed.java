package org.negotiationtracker.stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.eventlog.CommitListener;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.eventlog.LoggedEvent;

/**
 * This instance's one reader of the log's tail. It reads every new event once, by position, into a
 * bounded window of recent events that all live subscribers share, and wakes the subscribers that
 * wait at the head. Appends on this instance wake it directly, appends on other replicas through the
 * database (PostgreSQL NOTIFY), and a slow poll covers anything both could miss.
 */
@ApplicationScoped
public class LogFeed implements CommitListener {

    private static final Logger LOG = Logger.getLogger(LogFeed.class);
    private static final int READ_PAGE = 1000;

    private final EventLog log;
    private final TopicReplay replay;
    private final MeterRegistry registry;
    private final int windowSize;
    private final Duration pollInterval;
    private final ConcurrentSkipListMap<Long, FeedEntry> window = new ConcurrentSkipListMap<>();
    private final Set<HeadWaiter> waiters = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> topicSubscribers = new ConcurrentHashMap<>();
    private final Map<String, TopicProjection> projections;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile long head;
    private volatile boolean running;
    private Thread thread;

    LogFeed(EventLog log, TopicReplay replay, MeterRegistry registry,
            @ConfigProperty(name = "tracker.stream.window-events") int windowSize,
            @ConfigProperty(name = "tracker.stream.poll-interval") Duration pollInterval,
            @ConfigProperty(name = "tracker.projection.cached-topics") int cachedTopics) {
        this.log = log;
        this.replay = replay;
        this.registry = registry;
        this.windowSize = windowSize;
        this.pollInterval = pollInterval;
        this.projections = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TopicProjection> eldest) {
                return size() > cachedTopics;
            }
        };
    }

    void start(@Observes StartupEvent startup) {
        head = log.head();
        running = true;
        thread = new Thread(this::run, "log-feed");
        thread.setDaemon(true);
        thread.start();
        Gauge.builder("tracker.stream.feed.position", this, LogFeed::head)
                .description("Last log position the live streams of this instance have read").register(registry);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        wake();
    }

    @Override
    public void committed(long newHead) {
        wake();
    }

    /** Asks the feed to look for new events now. */
    public void wake() {
        wakeUps.release();
    }

    long head() {
        return head;
    }

    /**
     * The events after {@code after} that the window still holds, up to {@code limit} scanned, or empty
     * when the window no longer reaches back that far (the caller then reads the log itself).
     */
    Optional<List<FeedEntry>> after(long after, int limit, Predicate<LoggedEvent> wanted, long[] scannedTo) {
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

    /** Completes with true once the feed has read past {@code position}, or false after {@code timeout}. */
    Uni<Boolean> awaitBeyond(long position, Duration timeout) {
        return Uni.createFrom().<Boolean>emitter(emitter -> {
            HeadWaiter waiter = new HeadWaiter(emitter);
            waiters.add(waiter);
            emitter.onTermination(() -> waiters.remove(waiter));
            if (head > position) {
                waiter.wakeUp();
            }
        }).ifNoItem().after(timeout).recoverWithItem(false);
    }

    /** While a topic has stream subscribers, the feed keeps its state after every event ready for them. */
    void subscribe(String topicId) {
        topicSubscribers.computeIfAbsent(topicId, id -> new AtomicInteger()).incrementAndGet();
    }

    void unsubscribe(String topicId) {
        topicSubscribers.computeIfPresent(topicId, (id, count) -> count.decrementAndGet() == 0 ? null : count);
    }

    private void run() {
        while (running) {
            try {
                wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                readNewEvents();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("the live feed could not read the log; retrying", e);
            }
        }
    }

    private void readNewEvents() {
        while (running) {
            List<LoggedEvent> page = log.read(head, READ_PAGE, null, List.of());
            if (page.isEmpty()) {
                return;
            }
            for (LoggedEvent logged : page) {
                window.put(logged.position(), new FeedEntry(logged, replay.json(logged), stateAfter(logged)));
                head = logged.position();
            }
            while (window.size() > windowSize) {
                window.pollFirstEntry();
            }
            for (HeadWaiter waiter : waiters) {
                waiters.remove(waiter);
                waiter.wakeUp();
            }
        }
    }

    private String stateAfter(LoggedEvent logged) {
        String topicId = logged.event().topicId();
        if (!topicSubscribers.containsKey(topicId)) {
            projections.remove(topicId);
            return null;
        }
        TopicProjection projection = projections.get(topicId);
        if (projection != null && projection.version() == logged.topicVersion() - 1) {
            projection = TopicReplay.apply(projection, logged);
        } else {
            projection = replay.upTo(topicId, logged.position());
        }
        projections.put(topicId, projection);
        return replay.stateJson(projection);
    }

    private static final class HeadWaiter {

        private final UniEmitter<? super Boolean> emitter;
        private final AtomicInteger woken = new AtomicInteger();

        HeadWaiter(UniEmitter<? super Boolean> emitter) {
            this.emitter = emitter;
        }

        void wakeUp() {
            if (woken.compareAndSet(0, 1)) {
                emitter.complete(true);
            }
        }
    }
}
