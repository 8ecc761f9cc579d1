package org.negotiationtracker.projection;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.negotiationtracker.cache.WeighedLruMap;
import org.negotiationtracker.domain.EntryChange;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.eventlog.EventCodec;
import org.negotiationtracker.eventlog.EventLogStore;
import org.negotiationtracker.eventlog.LoggedEvent;
import org.negotiationtracker.eventlog.StoredEvent;
import org.negotiationtracker.logfollowing.SubscriptionCheckpoints;

/**
 * Folds the log into one generation of the read models, a page at a time after the generation's checkpoint. The
 * rows of the pages folded and the moved checkpoint commit together, so the read models always stand exactly at
 * their checkpoint. The live generation commits every page; a generation being rebuilt keeps its topics in memory
 * and commits once it has caught up, so a topic's rows are written once rather than once per page. Used by one
 * thread at a time, which is why it needs no locking.
 * <p>
 * A topic's projection holds every report of the topic (its entries are derived from them, and a new report is
 * corroborated against those of its day), so its weight in memory grows with the topic's history. The live
 * generation therefore bounds what it holds by reports, not topics: the topics kept between pages weigh at most
 * {@code cachedReports} reports, and a page's topics are folded one topic after the other, their rows written
 * within the page's transaction whenever those folded since weigh more than as many.
 * <p>
 * Once the topics being appended to weigh more than that, every page reads the topics it touches back from their
 * rows, at a cost that grows with each topic's history, for the few events each has in the page. So when a page
 * comes back full (the fold is behind the log) the live generation folds the next {@code catchUpEvents} events in
 * one transaction instead, topic by topic: each topic is read back once for all its events there, which are read
 * from the log by topic a page at a time, so no more of them are in memory at once than of a page.
 */
final class GenerationFold {

    /** A topic's rows to write since the last commit: see {@link #note}. */
    private static final class Pending {
        private TopicProjection projection;
        private final Set<String> created = new LinkedHashSet<>();
        private final Set<String> changed = new LinkedHashSet<>();
        private final Set<String> removed = new HashSet<>();

        ReadModelStore.TopicChanges changes() {
            return new ReadModelStore.TopicChanges(projection, created, changed, removed);
        }
    }

    /** Pages shorter than this are decoded on the projector's thread alone: handing them out would cost more. */
    private static final int PARALLEL_DECODING_FROM = 256;

    private final int generation;
    private final String checkpoint;
    private final boolean commitEveryPage;
    private final int catchUpEvents;
    private final AgroalDataSource dataSource;
    private final EventLogStore log;
    private final EventCodec codec;
    private final SubscriptionCheckpoints checkpoints;
    private final ReadModelStore readModels;
    /** Counts the topics read from their rows (or looked for there, when new), for not being in memory. */
    private final LongAdder topicReads;
    /**
     * The generation's topics as folded up to {@link #committed}, so a busy topic is not read back for every page;
     * a topic taken out to fold is in {@link #pending} instead until its rows are written.
     */
    private final WeighedLruMap<String, TopicProjection> projections;
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    /** Reports the pending topics hold beyond which their rows are written before the page ends. */
    private final long pendingReportsLimit;
    private long pendingReports;
    /** Where the stored rows and checkpoint stand; -1 until read, and again after a failure. */
    private long committed = -1;
    /** How far the projections in memory have folded. */
    private long position = -1;
    /** Whether the last step found more events than it folded: the next one catches up (see {@link #catchUp}). */
    private boolean behind;

    /**
     * @param cachedReports how many reports the topics kept in memory between commits may hold when every page
     *                      commits, and the topics folded in a page before their rows are written; a rebuild keeps
     *                      them all until it commits
     * @param catchUpEvents how many events a step of a generation that commits every page folds topic by topic when
     *                      the step before it found a full page; no more than a page: never
     * @param topicReads    counts the topics read from their rows
     */
    GenerationFold(int generation, boolean commitEveryPage, long cachedReports, int catchUpEvents,
                   AgroalDataSource dataSource, EventLogStore log, EventCodec codec, SubscriptionCheckpoints checkpoints,
                   ReadModelStore readModels, LongAdder topicReads) {
        this.generation = generation;
        this.checkpoint = GenerationStatus.checkpointName(generation);
        this.commitEveryPage = commitEveryPage;
        this.catchUpEvents = catchUpEvents;
        this.topicReads = topicReads;
        this.pendingReportsLimit = commitEveryPage ? cachedReports : Long.MAX_VALUE;
        this.projections = new WeighedLruMap<>(pendingReportsLimit, GenerationFold::weight);
        this.dataSource = dataSource;
        this.log = log;
        this.codec = codec;
        this.checkpoints = checkpoints;
        this.readModels = readModels;
    }

    int generation() {
        return generation;
    }

    /** What the topics kept in memory between pages hold, in reports. */
    long cachedReports() {
        return projections.weight();
    }

    /** How far the stored rows stand. */
    long position() {
        return committed;
    }

    /**
     * Folds the events after what it has folded, up to {@code limit} (up to {@code catchUpEvents} when the step
     * before found it behind), and commits the rows with the checkpoint when it commits every page or has reached the
     * head. On failure nothing uncommitted stands and the next step starts again from the stored checkpoint.
     *
     * @return how many events it folded: fewer than {@code limit} when it reached the head
     */
    int step(int limit) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    return fold(connection, limit);
                }
            });
        } catch (RuntimeException e) {
            // the projections in memory were folded in place, ahead of rows that were not written
            projections.clear();
            pending.clear();
            pendingReports = 0;
            committed = -1;
            position = -1;
            behind = false;
            throw e;
        }
    }

    private int fold(Connection connection, int limit) throws SQLException {
        if (log.isPostgres(connection)) {
            // The commit does not wait for its WAL flush: the read models are folded from the log again after a
            // crash, from a checkpoint that commits with its rows, so losing the last pages only means folding
            // them again; waiting for a flush per page made every append's commit queue behind the projector's.
            try (Statement asynchronous = connection.createStatement()) {
                asynchronous.execute("set local synchronous_commit = off");
            }
        }
        if (committed < 0) {
            committed = checkpoints.position(connection, checkpoint)
                    .orElseThrow(() -> new IllegalStateException("generation " + generation + " has no checkpoint"));
            position = committed;
        }
        int folded = behind ? catchUp(connection, limit) : page(connection, limit);
        behind = commitEveryPage && catchUpEvents > limit && folded >= limit;
        if (position > committed && (commitEveryPage || folded < limit)) {
            commit(connection);
        }
        return folded;
    }

    /** Folds the next {@code limit} events, read together in log order. */
    private int page(Connection connection, int limit) throws SQLException {
        List<LoggedEvent> page = decode(log.readStored(connection, position, limit, null));
        for (List<LoggedEvent> topicEvents : byTopic(page)) {
            fold(connection, topicEvents);
            writeWhenHeavy(connection);
        }
        if (!page.isEmpty()) {
            position = page.get(page.size() - 1).position();
        }
        return page.size();
    }

    /**
     * Folds the next {@link #catchUpEvents} events topic by topic: topics fold independently, so this gives the rows
     * folding them in log order gives, reading each topic back once for the whole window rather than once a page.
     * The events are read by the topics' position index, {@code limit} at a time: a topic with more alone, a page at
     * a time; topics with fewer together, as many as add up to a page, so a window of many topics of few events
     * each costs no more reads of the log than its pages would.
     */
    private int catchUp(Connection connection, int limit) throws SQLException {
        List<EventLogStore.TopicSpan> window = log.window(connection, position, catchUpEvents);
        long through = window.stream().mapToLong(EventLogStore.TopicSpan::lastPosition).max().orElse(position);
        List<String> together = new ArrayList<>();
        int togetherEvents = 0;
        for (EventLogStore.TopicSpan topic : window) {
            if (topic.events() > limit) {
                foldAlone(connection, topic, through, limit);
                continue;
            }
            if (togetherEvents + topic.events() > limit) {
                foldTogether(connection, together, through, limit);
                together.clear();
                togetherEvents = 0;
            }
            together.add(topic.topicId());
            togetherEvents += topic.events();
        }
        foldTogether(connection, together, through, limit);
        position = through;
        return window.stream().mapToInt(EventLogStore.TopicSpan::events).sum();
    }

    /** Folds one topic's events of a window, read a page at a time. */
    private void foldAlone(Connection connection, EventLogStore.TopicSpan topic, long through, int limit)
            throws SQLException {
        for (long after = position; after < topic.lastPosition(); ) {
            List<LoggedEvent> events = decode(log.readStored(connection, after, through, limit,
                    List.of(topic.topicId())));
            if (events.isEmpty()) {
                throw new IllegalStateException("the log has no events of topic " + topic.topicId()
                        + " after position " + after + ", where it had " + topic.events() + " up to "
                        + topic.lastPosition());
            }
            fold(connection, events);
            after = events.get(events.size() - 1).position();
        }
        writeWhenHeavy(connection);
    }

    /** Folds the events of a window of topics that have no more than {@code limit} together, read at once. */
    private void foldTogether(Connection connection, List<String> topicIds, long through, int limit)
            throws SQLException {
        if (topicIds.isEmpty()) {
            return;
        }
        for (List<LoggedEvent> topicEvents : byTopic(decode(log.readStored(connection, position, through, limit,
                topicIds)))) {
            fold(connection, topicEvents);
            writeWhenHeavy(connection);
        }
    }

    /** Writes the pending topics' rows once they weigh more than the bound, within the transaction. */
    private void writeWhenHeavy(Connection connection) throws SQLException {
        if (pendingReports > pendingReportsLimit) {
            write(connection);
        }
    }

    /**
     * Decoding the payloads is most of reading the log, and each event decodes alone: a long page (a rebuild, a
     * projector behind) is decoded on every core, in log order still.
     */
    private List<LoggedEvent> decode(List<StoredEvent> page) {
        return (page.size() >= PARALLEL_DECODING_FROM ? page.parallelStream() : page.stream())
                .map(event -> event.decode(codec))
                .toList();
    }

    /**
     * The page's events by topic, topics in the order of their first event, each topic's events in log order:
     * topics fold independently, so folding a topic's events of the page together gives the same rows as folding
     * them in log order, and needs each topic in memory once.
     */
    private static Collection<List<LoggedEvent>> byTopic(List<LoggedEvent> page) {
        Map<String, List<LoggedEvent>> byTopic = new LinkedHashMap<>();
        for (LoggedEvent logged : page) {
            byTopic.computeIfAbsent(logged.event().topicId(), id -> new ArrayList<>()).add(logged);
        }
        return byTopic.values();
    }

    /** Folds one topic's events into it and notes which rows that changes. */
    private void fold(Connection connection, List<LoggedEvent> topicEvents) throws SQLException {
        String topicId = topicEvents.get(0).event().topicId();
        Pending topic = pending.computeIfAbsent(topicId, id -> new Pending());
        long before = 0;
        if (topic.projection == null) {
            topic.projection = projections.remove(topicId);
            if (topic.projection == null) {
                topic.projection = readModels.load(connection, generation, topicId);
                topicReads.increment();
            }
        } else {
            before = weight(topic.projection);
        }
        for (LoggedEvent logged : topicEvents) {
            topic.projection = TopicProjection.fold(readModels.policy(), topic.projection, logged.event(),
                    logged.topicVersion(), logged.position(), change -> note(change, topic));
        }
        pendingReports += weight(topic.projection) - before;
    }

    /** What a topic's projection weighs in memory: its reports (and a little for the topic itself). */
    private static long weight(TopicProjection projection) {
        return 1L + projection.reportCount();
    }

    /**
     * Writes the pending topics' rows in the transaction and keeps the topics in memory (dropped again if the
     * transaction does not commit: see {@link #step}).
     */
    private void write(Connection connection) throws SQLException {
        readModels.write(connection, generation, pending.values().stream().map(Pending::changes).toList());
        pending.values().forEach(topic -> projections.put(topic.projection.topic().id(), topic.projection));
        pending.clear();
        pendingReports = 0;
    }

    private void commit(Connection connection) throws SQLException {
        write(connection);
        if (!checkpoints.advance(connection, checkpoint, committed, position)) {
            throw new IllegalStateException("the checkpoint of generation " + generation
                    + " moved meanwhile: another replica folds it now");
        }
        committed = position;
    }

    /**
     * Adds one event's entry changes to those of the events before it since the last commit: an entry created and
     * gone meanwhile never gets a row; an entry gone and back (a retraction splits out a report merged earlier)
     * keeps its row.
     */
    private static void note(EntryChange change, Pending topic) {
        for (String gone : change.removedEntryIds()) {
            topic.changed.remove(gone);
            if (!topic.created.remove(gone)) {
                topic.removed.add(gone);
            }
        }
        for (String added : change.newEntryIds()) {
            if (topic.removed.remove(added)) {
                topic.changed.add(added);
            } else {
                topic.created.add(added);
            }
        }
        for (String entryId : change.changedEntryIds()) {
            if (!topic.created.contains(entryId)) {
                topic.changed.add(entryId);
            }
        }
    }
}
