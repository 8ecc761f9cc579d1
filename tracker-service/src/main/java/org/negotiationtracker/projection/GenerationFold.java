package org.negotiationtracker.projection;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.negotiationtracker.cache.LruMap;
import org.negotiationtracker.domain.EntryChange;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.eventlog.EventLogStore;
import org.negotiationtracker.eventlog.LoggedEvent;
import org.negotiationtracker.eventlog.SubscriptionCheckpoints;

/**
 * Folds the log into one generation of the read models, a page at a time after the generation's checkpoint:
 * each page's rows and the moved checkpoint commit together, so the read models always stand exactly at their
 * checkpoint. Used by one thread at a time, which is why its cache needs no locking.
 */
final class GenerationFold {

    private record Folded(long position, int events, List<TopicProjection> projections) {
    }

    private final int generation;
    private final String checkpoint;
    private final AgroalDataSource dataSource;
    private final EventLogStore log;
    private final SubscriptionCheckpoints checkpoints;
    private final ReadModelStore readModels;
    /** The generation's topics as folded up to {@link #position}, so a busy topic is not read back for every page. */
    private final Map<String, TopicProjection> cache;
    /** How far the rows are folded; -1 until read from the checkpoint, and again after a failure. */
    private long position = -1;

    GenerationFold(int generation, int cachedTopics, AgroalDataSource dataSource, EventLogStore log,
                   SubscriptionCheckpoints checkpoints, ReadModelStore readModels) {
        this.generation = generation;
        this.checkpoint = ReadModelGenerations.checkpointName(generation);
        this.cache = new LruMap<>(cachedTopics);
        this.dataSource = dataSource;
        this.log = log;
        this.checkpoints = checkpoints;
        this.readModels = readModels;
    }

    int generation() {
        return generation;
    }

    long position() {
        return position;
    }

    /**
     * Folds the events after the checkpoint, up to {@code limit}, and commits their rows with the checkpoint.
     * On failure nothing of the page stands and the next step starts again from the stored checkpoint.
     *
     * @return how many events it folded: fewer than {@code limit} when it reached the head
     */
    int step(int limit) {
        try {
            Folded folded = QuarkusTransaction.requiringNew().call(() -> fold(limit));
            position = folded.position();
            folded.projections().forEach(projection -> cache.put(projection.topic().id(), projection));
            return folded.events();
        } catch (RuntimeException e) {
            // the cached projections were folded in place, ahead of rows that were not written
            cache.clear();
            position = -1;
            throw e;
        }
    }

    private Folded fold(int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long from = position >= 0 ? position : checkpoints.position(connection, checkpoint)
                    .orElseThrow(() -> new IllegalStateException("generation " + generation + " has no checkpoint"));
            List<LoggedEvent> page = log.read(connection, from, limit, null, List.of());
            if (page.isEmpty()) {
                return new Folded(from, 0, List.of());
            }
            Map<String, List<LoggedEvent>> byTopic = new LinkedHashMap<>();
            page.forEach(e -> byTopic.computeIfAbsent(e.event().topicId(), t -> new ArrayList<>()).add(e));
            List<ReadModelStore.TopicChanges> changes = new ArrayList<>(byTopic.size());
            byTopic.forEach((topicId, events) -> changes.add(project(topicId, events)));
            readModels.write(generation, changes);
            long to = page.get(page.size() - 1).position();
            if (!checkpoints.advance(connection, checkpoint, from, to)) {
                throw new IllegalStateException("the checkpoint of generation " + generation
                        + " moved meanwhile: another replica folds it now");
            }
            return new Folded(to, page.size(), changes.stream().map(ReadModelStore.TopicChanges::projection).toList());
        }
    }

    /**
     * Folds a topic's new events and says which rows that changes. An entry is new when its id is that of
     * the report just folded in: entry ids are the least report id of the group, so an entry that
     * existed before keeps an older id.
     */
    private ReadModelStore.TopicChanges project(String topicId, List<LoggedEvent> events) {
        TopicProjection projection = cache.containsKey(topicId) ? cache.get(topicId)
                : readModels.load(generation, topicId);
        boolean topicIsNew = false;
        Set<String> created = new LinkedHashSet<>();
        Set<String> changed = new LinkedHashSet<>();
        Set<String> removed = new HashSet<>();
        for (LoggedEvent logged : events) {
            TopicProjection before = projection;
            projection = TopicProjection.fold(projection, logged.event(), logged.topicVersion(), logged.position(),
                    change -> note(change, logged.event().id(), created, changed, removed));
            topicIsNew |= projection != before;
        }
        return new ReadModelStore.TopicChanges(projection, topicIsNew, created, changed, removed);
    }

    private static void note(EntryChange change, String eventId, Set<String> created, Set<String> changed,
                             Set<String> removed) {
        for (String absorbed : change.absorbedEntryIds()) {
            changed.remove(absorbed);
            if (!created.remove(absorbed)) {
                removed.add(absorbed);
            }
        }
        if (change.entryId().equals(eventId)) {
            created.add(change.entryId());
        } else if (!created.contains(change.entryId())) {
            changed.add(change.entryId());
        }
    }
}
