package org.negotiationtracker.stream;

import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.eventlog.StoredEvent;
import org.negotiationtracker.logfollowing.LogFollowing;

/**
 * One subscriber's place in the log, sent as chunks of SSE frames. Catching up and following live are
 * the same loop: deliver what lies after the cursor (from the feed's window, or from the log when the
 * window has moved on), else wait for the feed to move. So the seam between the two can neither lose nor
 * repeat an event.
 * <p>
 * The opening goes out through quarkus-rest as the stream's one item, with the response's status and
 * headers; every chunk after it is written to the connection itself. quarkus-rest would serialise each
 * item again for each subscriber (a writer lookup and three copies of the bytes), where a chunk the feed
 * shares is one buffer that a thousand connections write as it is. quarkus-rest still owns the response:
 * a closed connection cancels the cursor through it, and a failure ends the stream through it.
 * <p>
 * Each chunk holds everything the subscriber has pending, and the next one is only made once the previous
 * write is done: a slow subscriber costs at most the chunk being written and one page read ahead, never a
 * growing buffer, and a fast one gets one write per wake-up. The loop is a plain {@link Flow.Publisher}
 * rather than a chain of Mutiny operators because it runs for every subscriber at every commit, and each
 * operator's callbacks would capture and restore the request context every time.
 */
final class LogCursor implements Flow.Publisher<byte[]>, Flow.Subscription {

    /** Events per chunk taken from the feed's window. */
    private static final int WINDOW_CHUNK = 1000;
    /** Events per read when catching up from the log; the next page is read while this one is written. */
    private static final int LOG_PAGE = 500;
    private static final Buffer NOTHING = Buffer.buffer();
    private static final Buffer HEARTBEAT = Buffer.buffer(SseText.HEARTBEAT);
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
    private final StreamMetrics metrics;
    private final HttpServerResponse response;
    private final String topicId;
    private final StreamFilter filter;
    private final Context context;
    private final AtomicLong requested = new AtomicLong();
    private final AtomicInteger drains = new AtomicInteger();
    private final AtomicBoolean released = new AtomicBoolean();
    private Flow.Subscriber<? super byte[]> subscriber;
    private byte[] opening;
    /** quarkus-rest asked again after the opening: its write, and the headers, are on the wire. */
    private boolean openingWritten;
    private boolean initialStatePending;
    private long position;
    private TopicProjection ownProjection;
    private CompletableFuture<LogPage> readAhead;
    private long readAheadAfter = -1;
    /** A read, a state fold or a wait for the feed is under way; it hands its outcome back through these. */
    private volatile boolean pending;
    private volatile Buffer ready;
    private volatile Throwable failure;
    private volatile boolean terminated;
    private volatile Runnable stopWaiting = () -> { };

    LogCursor(LogFollowing log, LogFeed feed, TopicReplay replay, StreamMetrics metrics, HttpServerResponse response,
              long after, String topicId, Set<EventType> types, Context context, byte[] opening) {
        this.log = log;
        this.feed = feed;
        this.replay = replay;
        this.metrics = metrics;
        this.response = response;
        this.topicId = topicId;
        this.position = after;
        this.context = context;
        this.opening = opening;
        this.initialStatePending = topicId != null;
        this.filter = new StreamFilter(topicId, types);
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
                if (pending) {
                    break;
                }
                if (!openingWritten) {
                    if (requested.get() == 0) {
                        break;
                    }
                    if (opening == null) {
                        openingWritten = true;
                        continue;
                    }
                    byte[] first = opening;
                    opening = null;
                    requested.decrementAndGet();
                    subscriber.onNext(first);
                    continue;
                }
                Buffer chunk = next();
                if (chunk != null && chunk.length() > 0) {
                    write(chunk);
                }
            }
            missed = drains.addAndGet(-missed);
        } while (missed != 0);
    }

    /** The next write is made once this one is on the wire, on the connection's event loop, like the write. */
    private void write(Buffer chunk) {
        pending = true;
        try {
            response.write(chunk).onComplete(written -> handBack(NOTHING, written.cause()));
        } catch (IllegalStateException closed) {
            handBack(NOTHING, closed);
        }
    }

    /** The next chunk when it is at hand (possibly empty), or null once the work that makes it has started. */
    private Buffer next() {
        Buffer handedBack = ready;
        if (handedBack != null) {
            ready = null;
            return handedBack;
        }
        if (initialStatePending) {
            initialStatePending = false;
            return onWorker(this::initialState);
        }
        if (position >= feed.head()) {
            pending = true;
            stopWaiting = feed.awaitBeyond(position, context, moved -> handBack(moved ? NOTHING : HEARTBEAT));
            if (terminated) {
                // cancelled while the wait was being set up: release() may have missed it
                stopWaiting.run();
            }
            return null;
        }
        long[] scannedTo = new long[1];
        Optional<Buffer> shared = feed.sharedAfter(position, WINDOW_CHUNK, filter, scannedTo);
        if (shared.isPresent()) {
            position = scannedTo[0];
            // the states came from the feed: a fold of this cursor's own would start again from the log
            ownProjection = null;
            return shared.get();
        }
        Optional<List<FeedEntry>> recent = topicId == null ? Optional.empty()
                : feed.after(position, WINDOW_CHUNK, filter::inStream, scannedTo);
        if (recent.isEmpty()) {
            return fromLog();
        }
        position = scannedTo[0];
        List<FeedEntry> entries = recent.get();
        return onWorker(() -> metrics.encoded(joinWithStates(entries)));
    }

    /** The window has moved past this cursor: read the log itself, at this subscriber's own pace. */
    private Buffer fromLog() {
        CompletableFuture<LogPage> page = readAhead != null && readAheadAfter == position ? readAhead : read(position);
        readAhead = null;
        pending = true;
        page.thenApply(this::chunkOf).whenComplete(this::onContext);
        return null;
    }

    private Buffer chunkOf(LogPage read) {
        List<StoredEvent> events = read.events();
        long lastRead = events.isEmpty() ? position : events.get(events.size() - 1).position();
        position = events.size() < LOG_PAGE ? Math.max(read.headBefore(), lastRead) : lastRead;
        if (events.size() == LOG_PAGE) {
            readAhead = read(position);
            readAheadAfter = position;
        }
        List<FeedEntry> entries = new ArrayList<>(events.size());
        for (StoredEvent event : events) {
            if (topicId != null || filter.shows(event)) {
                entries.add(FeedEntry.of(event, null));
            }
        }
        return metrics.encoded(topicId == null ? FeedEntry.joined(entries) : joinWithStates(entries));
    }

    private CompletableFuture<LogPage> read(long after) {
        return CompletableFuture.supplyAsync(() -> {
            long headBefore = log.head();
            return new LogPage(headBefore, log.pageAfter(after, LOG_PAGE, topicId));
        }, Infrastructure.getDefaultWorkerPool());
    }

    private Buffer onWorker(Supplier<Buffer> work) {
        pending = true;
        CompletableFuture.supplyAsync(work, Infrastructure.getDefaultWorkerPool()).whenComplete(this::onContext);
        return null;
    }

    /** Work done elsewhere comes back on the subscriber's connection, where its writes belong. */
    private void onContext(Buffer chunk, Throwable error) {
        if (context == null) {
            handBack(chunk, error);
        } else {
            context.runOnContext(ignored -> handBack(chunk, error));
        }
    }

    private void handBack(Buffer chunk) {
        handBack(chunk, null);
    }

    private void handBack(Buffer chunk, Throwable error) {
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

    private Buffer initialState() {
        ownProjection = replay.upTo(topicId, position);
        return ownProjection == null ? NOTHING : metrics.encoded(replay.stateMessage(position, ownProjection));
    }

    /** A topic's events, each followed by its state; every event moves the state, the filter only hides some. */
    private byte[] joinWithStates(List<FeedEntry> entries) {
        List<byte[]> messages = new ArrayList<>(entries.size() * 2);
        for (FeedEntry entry : entries) {
            byte[] state = stateAfter(entry);
            if (filter.shows(entry.event())) {
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
