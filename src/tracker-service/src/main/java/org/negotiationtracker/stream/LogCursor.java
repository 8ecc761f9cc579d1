package org.negotiationtracker.stream;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.eventlog.StoredEvent;
import org.negotiationtracker.logfollowing.LogFollowing;

/**
 * One subscriber's place in the log, published as chunks of SSE text. Catching up and following live are
 * the same loop: deliver what lies after the cursor (from the feed's window, or from the log when the
 * window has moved on), else wait for the feed to move. So the seam between the two can neither lose nor
 * repeat an event.
 * <p>
 * Each chunk holds everything the subscriber has pending, and the next one is only made once the
 * subscriber asks for it, which quarkus-rest does when the previous write is done: a slow subscriber
 * costs at most the chunk being written and one page read ahead, never a growing buffer, and a fast one
 * gets one write per wake-up. The loop is a plain {@link Flow.Publisher} rather than a chain of Mutiny
 * operators because it runs for every subscriber at every commit, and each operator's callbacks would
 * capture and restore the request context every time.
 */
final class LogCursor implements Flow.Publisher<byte[]>, Flow.Subscription {

    /** Events per chunk taken from the feed's window. */
    private static final int WINDOW_CHUNK = 1000;
    /** Events per read when catching up from the log; the next page is read while this one is written. */
    private static final int LOG_PAGE = 500;
    private static final byte[] NOTHING = new byte[0];
    private static final Flow.Subscription REFUSED = new Flow.Subscription() {
        @Override
        public void request(long n) {
        }

        @Override
        public void cancel() {
        }
    };

    private record LogPage(long headBefore, List<StoredEvent> events) {
    }

    private final LogFollowing log;
    private final LogFeed feed;
    private final TopicReplay replay;
    private final String topicId;
    private final Predicate<StoredEvent> inStream;
    private final Predicate<StoredEvent> wanted;
    /** Every event of the log, unfiltered: the chunk is the same for every such subscriber at a position. */
    private final boolean wholeLog;
    private final Context context;
    private final AtomicLong requested = new AtomicLong();
    private final AtomicInteger drains = new AtomicInteger();
    private final AtomicBoolean released = new AtomicBoolean();
    private Flow.Subscriber<? super byte[]> subscriber;
    private byte[] opening;
    private boolean initialStatePending;
    private long position;
    private TopicProjection ownProjection;
    private CompletableFuture<LogPage> readAhead;
    private long readAheadAfter = -1;
    /** A read, a state fold or a wait for the feed is under way; it hands its outcome back through these. */
    private volatile boolean pending;
    private volatile byte[] ready;
    private volatile Throwable failure;
    private volatile boolean terminated;
    private volatile Runnable stopWaiting = () -> { };

    LogCursor(LogFollowing log, LogFeed feed, TopicReplay replay, long after, String topicId,
              Set<EventType> types, Context context, byte[] opening) {
        this.log = log;
        this.feed = feed;
        this.replay = replay;
        this.topicId = topicId;
        this.position = after;
        this.context = context;
        this.opening = opening;
        this.initialStatePending = topicId != null;
        this.inStream = event -> topicId == null || topicId.equals(event.topicId());
        this.wanted = inStream.and(event -> types.isEmpty() || types.contains(event.type()));
        this.wholeLog = topicId == null && types.isEmpty();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super byte[]> subscriber) {
        if (this.subscriber != null) {
            subscriber.onSubscribe(REFUSED);
            subscriber.onError(new IllegalStateException("a log cursor serves one subscriber"));
            return;
        }
        this.subscriber = subscriber;
        if (topicId != null) {
            feed.subscribe(topicId);
        }
        subscriber.onSubscribe(this);
    }

    @Override
    public void request(long n) {
        if (n <= 0) {
            failure = new IllegalArgumentException("request must be positive, was " + n);
        } else {
            requested.accumulateAndGet(n, (current, more) -> current + more < 0 ? Long.MAX_VALUE : current + more);
        }
        drain();
    }

    @Override
    public void cancel() {
        terminated = true;
        release();
    }

    /** Runs the loop on whichever thread asks first; others only tell it to go round once more. */
    private void drain() {
        if (drains.getAndIncrement() != 0) {
            return;
        }
        int missed = 1;
        do {
            while (!terminated) {
                if (failure != null) {
                    terminated = true;
                    release();
                    subscriber.onError(failure);
                    break;
                }
                if (pending || requested.get() == 0) {
                    break;
                }
                byte[] chunk = next();
                if (chunk != null && chunk.length > 0) {
                    requested.decrementAndGet();
                    subscriber.onNext(chunk);
                }
            }
            missed = drains.addAndGet(-missed);
        } while (missed != 0);
    }

    /** The next chunk when it is at hand (possibly empty), or null once the work that makes it has started. */
    private byte[] next() {
        byte[] handedBack = ready;
        if (handedBack != null) {
            ready = null;
            return handedBack;
        }
        if (opening != null) {
            byte[] first = opening;
            opening = null;
            return first;
        }
        if (initialStatePending) {
            initialStatePending = false;
            return onWorker(this::initialState);
        }
        if (position >= feed.head()) {
            pending = true;
            stopWaiting = feed.awaitBeyond(position, context, moved -> handBack(moved ? NOTHING : SseText.HEARTBEAT));
            if (terminated) {
                // cancelled while the wait was being set up: release() may have missed it
                stopWaiting.run();
            }
            return null;
        }
        long[] scannedTo = new long[1];
        if (wholeLog) {
            Optional<byte[]> shared = feed.wholeLogAfter(position, WINDOW_CHUNK, scannedTo);
            if (shared.isEmpty()) {
                return fromLog();
            }
            position = scannedTo[0];
            return shared.get();
        }
        Optional<List<FeedEntry>> recent = feed.after(position, WINDOW_CHUNK, topicId == null ? wanted : inStream,
                scannedTo);
        if (recent.isEmpty()) {
            return fromLog();
        }
        position = scannedTo[0];
        List<FeedEntry> entries = recent.get();
        return topicId == null ? FeedEntry.joined(entries) : onWorker(() -> joinWithStates(entries));
    }

    /** The window has moved past this cursor: read the log itself, at this subscriber's own pace. */
    private byte[] fromLog() {
        CompletableFuture<LogPage> page = readAhead != null && readAheadAfter == position ? readAhead : read(position);
        readAhead = null;
        pending = true;
        page.thenApply(this::chunkOf).whenComplete(this::onContext);
        return null;
    }

    private byte[] chunkOf(LogPage read) {
        List<StoredEvent> events = read.events();
        long lastRead = events.isEmpty() ? position : events.get(events.size() - 1).position();
        position = events.size() < LOG_PAGE ? Math.max(read.headBefore(), lastRead) : lastRead;
        if (events.size() == LOG_PAGE) {
            readAhead = read(position);
            readAheadAfter = position;
        }
        List<FeedEntry> entries = new ArrayList<>(events.size());
        for (StoredEvent event : events) {
            if (topicId != null || wanted.test(event)) {
                entries.add(FeedEntry.of(event, null));
            }
        }
        return topicId == null ? FeedEntry.joined(entries) : joinWithStates(entries);
    }

    private CompletableFuture<LogPage> read(long after) {
        return CompletableFuture.supplyAsync(() -> {
            long headBefore = log.head();
            return new LogPage(headBefore, log.pageAfter(after, LOG_PAGE, topicId));
        }, Infrastructure.getDefaultWorkerPool());
    }

    private byte[] onWorker(Supplier<byte[]> work) {
        pending = true;
        CompletableFuture.supplyAsync(work, Infrastructure.getDefaultWorkerPool()).whenComplete(this::onContext);
        return null;
    }

    /** Work done elsewhere comes back on the subscriber's connection, where its writes belong. */
    private void onContext(byte[] chunk, Throwable error) {
        if (context == null) {
            handBack(chunk, error);
        } else {
            context.runOnContext(ignored -> handBack(chunk, error));
        }
    }

    private void handBack(byte[] chunk) {
        handBack(chunk, null);
    }

    private void handBack(byte[] chunk, Throwable error) {
        if (error != null) {
            failure = error;
        } else {
            ready = chunk;
        }
        pending = false;
        drain();
    }

    private void release() {
        if (released.compareAndSet(false, true)) {
            stopWaiting.run();
            if (topicId != null) {
                feed.unsubscribe(topicId);
            }
        }
    }

    private byte[] initialState() {
        ownProjection = replay.upTo(topicId, position);
        return ownProjection == null ? NOTHING : replay.stateMessage(position, ownProjection);
    }

    /** A topic's events, each followed by its state; every event moves the state, the filter only hides some. */
    private byte[] joinWithStates(List<FeedEntry> entries) {
        List<byte[]> messages = new ArrayList<>(entries.size() * 2);
        for (FeedEntry entry : entries) {
            byte[] state = stateAfter(entry);
            if (wanted.test(entry.event())) {
                messages.add(entry.message());
                messages.add(state);
            }
        }
        return FeedEntry.concat(messages);
    }

    private byte[] stateAfter(FeedEntry entry) {
        StoredEvent stored = entry.event();
        if (entry.stateMessage() != null) {
            ownProjection = null;
            return entry.stateMessage();
        }
        ownProjection = replay.after(ownProjection, stored);
        return replay.stateMessage(stored.position(), ownProjection);
    }
}
