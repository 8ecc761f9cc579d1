package org.negotiationtracker.stream;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.eventlog.EventCodec;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.eventlog.StoredEvent;

/**
 * One subscriber's place in the log. Catching up and following live are the same loop: deliver what
 * lies after the cursor (from the feed's window, or from the log when the window has moved on), else
 * wait for the feed to move. So the seam between the two can neither lose nor repeat an event.
 * <p>
 * Each turn of the loop yields one chunk of SSE text holding everything the subscriber has pending, and
 * the next turn only starts once that chunk is written: a slow subscriber costs at most the chunk being
 * written and one page read ahead, never a growing buffer, and a fast one gets one write per wake-up.
 */
final class LogCursor {

    /** Events per chunk taken from the feed's window. */
    private static final int WINDOW_CHUNK = 1000;
    /** Events per read when catching up from the log; the next page is read while this one is written. */
    private static final int LOG_PAGE = 500;
    private static final byte[] NOTHING = new byte[0];

    private record LogPage(long headBefore, List<StoredEvent> events) {
    }

    private final EventLog log;
    private final EventCodec codec;
    private final LogFeed feed;
    private final TopicReplay replay;
    private final String topicId;
    private final Predicate<StoredEvent> inStream;
    private final Predicate<StoredEvent> wanted;
    /** Every event of the log, unfiltered: the chunk is the same for every such subscriber at a position. */
    private final boolean wholeLog;
    private final Context context;
    private long position;
    private TopicProjection ownProjection;
    private CompletableFuture<LogPage> readAhead;
    private long readAheadAfter = -1;

    LogCursor(EventLog log, EventCodec codec, LogFeed feed, TopicReplay replay, long after, String topicId,
              Set<EventType> types, Context context) {
        this.log = log;
        this.codec = codec;
        this.feed = feed;
        this.replay = replay;
        this.topicId = topicId;
        this.position = after;
        this.context = context;
        this.inStream = event -> topicId == null || topicId.equals(event.topicId());
        this.wanted = inStream.and(event -> types.isEmpty() || types.contains(event.type()));
        this.wholeLog = topicId == null && types.isEmpty();
    }

    Multi<byte[]> chunks(byte[] opening) {
        Multi<byte[]> first = Multi.createFrom().item(opening);
        if (topicId != null) {
            feed.subscribe(topicId);
            first = Multi.createBy().concatenating().streams(first, onWorker(this::initialState).toMulti());
        }
        Multi<byte[]> following = Multi.createBy().repeating().uni(this::next).indefinitely();
        Multi<byte[]> stream = Multi.createBy().concatenating().streams(first, following)
                .select().where(chunk -> chunk.length > 0);
        return topicId == null ? stream : stream.onTermination().invoke(() -> feed.unsubscribe(topicId));
    }

    private Uni<byte[]> next() {
        if (position >= feed.head()) {
            return feed.awaitBeyond(position, context).map(moved -> moved ? NOTHING : SseText.HEARTBEAT);
        }
        long[] scannedTo = new long[1];
        if (wholeLog) {
            Optional<byte[]> shared = feed.wholeLogAfter(position, WINDOW_CHUNK, scannedTo);
            if (shared.isEmpty()) {
                return fromLog();
            }
            position = scannedTo[0];
            return Uni.createFrom().item(shared.get());
        }
        Optional<List<FeedEntry>> recent = feed.after(position, WINDOW_CHUNK, topicId == null ? wanted : inStream,
                scannedTo);
        if (recent.isEmpty()) {
            return fromLog();
        }
        position = scannedTo[0];
        List<FeedEntry> entries = recent.get();
        return topicId == null ? Uni.createFrom().item(FeedEntry.joined(entries)) : onWorker(() -> joinWithStates(entries));
    }

    /** The window has moved past this cursor: read the log itself, at this subscriber's own pace. */
    private Uni<byte[]> fromLog() {
        CompletableFuture<LogPage> page = readAhead != null && readAheadAfter == position ? readAhead : read(position);
        readAhead = null;
        return Uni.createFrom().completionStage(page).map(read -> {
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
        });
    }

    private CompletableFuture<LogPage> read(long after) {
        return CompletableFuture.supplyAsync(() -> {
            long headBefore = log.head();
            return new LogPage(headBefore, log.readStored(after, LOG_PAGE, topicId));
        }, Infrastructure.getDefaultWorkerPool());
    }

    private byte[] initialState() {
        ownProjection = replay.upTo(topicId, position);
        return ownProjection == null ? NOTHING
                : SseText.message(position, "state", replay.stateJson(ownProjection));
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
        if (ownProjection != null && ownProjection.version() == stored.topicVersion() - 1) {
            ownProjection = TopicReplay.apply(ownProjection, stored.decode(codec));
        } else {
            ownProjection = replay.upTo(topicId, stored.position());
        }
        return SseText.message(stored.position(), "state", replay.stateJson(ownProjection));
    }

    private static Uni<byte[]> onWorker(Supplier<byte[]> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
