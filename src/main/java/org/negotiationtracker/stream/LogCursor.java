package org.negotiationtracker.stream;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.eventlog.LoggedEvent;

/**
 * One subscriber's place in the log. Catching up and following live are the same loop: deliver what
 * lies after the cursor (from the feed's window, or from the log when the window has moved on), else
 * wait for the feed to move. So the seam between the two can neither lose nor repeat an event, and a
 * slow subscriber costs one page of memory, not a growing buffer: it only reads when it asks for more.
 */
final class LogCursor {

    private static final int PAGE = 200;

    private final EventLog log;
    private final LogFeed feed;
    private final TopicReplay replay;
    private final String topicId;
    private final Predicate<LoggedEvent> wanted;
    private final Duration heartbeat;
    private long position;
    private TopicProjection ownProjection;

    LogCursor(EventLog log, LogFeed feed, TopicReplay replay, long after, String topicId, Set<EventType> types,
              Duration heartbeat) {
        this.log = log;
        this.feed = feed;
        this.replay = replay;
        this.topicId = topicId;
        this.position = after;
        this.heartbeat = heartbeat;
        this.wanted = event -> (topicId == null || topicId.equals(event.event().topicId()))
                && (types.isEmpty() || types.contains(event.event().type()));
    }

    Multi<StreamItem> items() {
        Multi<StreamItem> opening = Multi.createFrom().item(new StreamItem.Opened(position));
        if (topicId != null) {
            feed.subscribe(topicId);
            opening = Multi.createBy().concatenating().streams(opening, offload(this::initialState));
        }
        Multi<StreamItem> following = Multi.createBy().repeating().uni(this::next).indefinitely()
                .onItem().transformToIterable(items -> items);
        Multi<StreamItem> stream = Multi.createBy().concatenating().streams(opening, following);
        return topicId == null ? stream : stream.onTermination().invoke(() -> feed.unsubscribe(topicId));
    }

    private Multi<StreamItem> offload(java.util.function.Supplier<List<StreamItem>> work) {
        return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToMulti(items -> Multi.createFrom().iterable(items));
    }

    private List<StreamItem> initialState() {
        ownProjection = replay.upTo(topicId, position);
        return ownProjection == null ? List.of()
                : List.of(new StreamItem.State(position, replay.stateJson(ownProjection)));
    }

    private Uni<List<StreamItem>> next() {
        if (position >= feed.head()) {
            return feed.awaitBeyond(position, heartbeat)
                    .map(moved -> moved ? List.<StreamItem>of() : List.<StreamItem>of(StreamItem.HEARTBEAT));
        }
        long[] scannedTo = new long[1];
        Optional<List<FeedEntry>> recent = feed.after(position, PAGE, wanted, scannedTo);
        if (recent.isPresent() && topicId == null) {
            position = scannedTo[0];
            return Uni.createFrom().item(events(recent.get()));
        }
        return Uni.createFrom().item(() -> {
            List<FeedEntry> entries;
            if (recent.isPresent()) {
                entries = recent.get();
                position = scannedTo[0];
            } else {
                entries = readLog();
            }
            return topicId == null ? events(entries) : eventsWithStates(entries);
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** The window has moved past this cursor: read the log itself, at this subscriber's own pace. */
    private List<FeedEntry> readLog() {
        long headBefore = log.head();
        List<LoggedEvent> read = log.read(position, PAGE, topicId, List.of());
        List<FeedEntry> entries = new ArrayList<>();
        for (LoggedEvent logged : read) {
            if (wanted.test(logged)) {
                entries.add(new FeedEntry(logged, replay.json(logged), null));
            }
        }
        long lastRead = read.isEmpty() ? position : read.get(read.size() - 1).position();
        position = read.size() < PAGE ? Math.max(headBefore, lastRead) : lastRead;
        return entries;
    }

    private static List<StreamItem> events(List<FeedEntry> entries) {
        List<StreamItem> items = new ArrayList<>(entries.size());
        entries.forEach(entry -> items.add(new StreamItem.Event(entry)));
        return items;
    }

    private List<StreamItem> eventsWithStates(List<FeedEntry> entries) {
        List<StreamItem> items = new ArrayList<>(entries.size() * 2);
        for (FeedEntry entry : entries) {
            items.add(new StreamItem.Event(entry));
            items.add(new StreamItem.State(entry.position(), stateAfter(entry)));
        }
        return items;
    }

    private String stateAfter(FeedEntry entry) {
        LoggedEvent logged = entry.event();
        if (entry.stateJson() != null) {
            ownProjection = null;
            return entry.stateJson();
        }
        if (ownProjection != null && ownProjection.version() == logged.topicVersion() - 1) {
            ownProjection = TopicReplay.apply(ownProjection, logged);
        } else {
            ownProjection = replay.upTo(topicId, logged.position());
        }
        return replay.stateJson(ownProjection);
    }
}
