package org.negotiationtracker.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.negotiationtracker.domain.EntryChange;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.eventlog.AppendListener;
import org.negotiationtracker.eventlog.LoggedEvent;
import org.negotiationtracker.cache.LruMap;

/**
 * Keeps the read models in step with the log: it folds each append into the topics it touches and
 * writes their changed rows in the append's own transaction, so a client reads its own writes.
 * It runs only on the log's writer thread, which is why its cache needs no locking.
 */
@ApplicationScoped
public class Projector implements AppendListener {

    private final ReadModelStore store;
    private final Map<String, TopicProjection> cache;

    Projector(ReadModelStore store, ProjectionConfig config) {
        this.store = store;
        this.cache = new LruMap<>(config.cachedTopics());
    }

    @Override
    public void onAppend(List<LoggedEvent> appended, boolean logMovedBehind) {
        if (logMovedBehind) {
            cache.clear();
        }
        Map<String, List<LoggedEvent>> byTopic = new LinkedHashMap<>();
        appended.forEach(e -> byTopic.computeIfAbsent(e.event().topicId(), t -> new ArrayList<>()).add(e));
        List<ReadModelStore.TopicChanges> changes = new ArrayList<>();
        byTopic.forEach((topicId, events) -> changes.add(project(topicId, events)));
        store.write(changes);
        changes.forEach(change -> cache.put(change.projection().topic().id(), change.projection()));
    }

    /** The cached projections were folded in place, so a failed transaction leaves them ahead of the log. */
    @Override
    public void rolledBack() {
        cache.clear();
    }

    /** Folds a topic's new events and says which rows that changes. */
    private ReadModelStore.TopicChanges project(String topicId, List<LoggedEvent> events) {
        TopicProjection projection = cache.containsKey(topicId) ? cache.get(topicId) : store.load(topicId);
        boolean topicIsNew = false;
        Set<String> created = new LinkedHashSet<>();
        Set<String> changed = new LinkedHashSet<>();
        Set<String> removed = new HashSet<>();
        for (LoggedEvent logged : events) {
            TopicProjection before = projection;
            projection = TopicProjection.fold(projection, logged.event(), logged.topicVersion(), logged.position(),
                    change -> note(change, created, changed, removed));
            topicIsNew |= projection != before;
        }
        return new ReadModelStore.TopicChanges(projection, topicIsNew, created, changed, removed);
    }

    /**
     * Adds one event's entry changes to those of the events before it in the append: an entry created and gone
     * within it never gets a row; an entry gone and back (a retraction splits out a report merged earlier in the
     * append) keeps its row.
     */
    private static void note(EntryChange change, Set<String> created, Set<String> changed, Set<String> removed) {
        for (String gone : change.removedEntryIds()) {
            changed.remove(gone);
            if (!created.remove(gone)) {
                removed.add(gone);
            }
        }
        for (String added : change.newEntryIds()) {
            if (removed.remove(added)) {
                changed.add(added);
            } else {
                created.add(added);
            }
        }
        for (String entryId : change.changedEntryIds()) {
            if (!created.contains(entryId)) {
                changed.add(entryId);
            }
        }
    }

    /** Folds the whole log again from an empty read model. Runs while the log stands still. */
    public RebuildReport rebuild(LogPages log) throws Exception {
        long started = System.nanoTime();
        cache.clear();
        TimelineEntryRecord.deleteAll();
        TopicStateRecord.deleteAll();
        Map<String, TopicProjection> projections = new LinkedHashMap<>();
        long events = 0;
        for (List<LoggedEvent> page = log.next(); !page.isEmpty(); page = log.next()) {
            for (LoggedEvent logged : page) {
                events++;
                projections.compute(logged.event().topicId(), (topicId, projection) ->
                        TopicProjection.fold(projection, logged.event(), logged.topicVersion(), logged.position()));
            }
        }
        int entries = 0;
        for (TopicProjection projection : projections.values()) {
            Set<String> entryIds = projection.entryIds();
            store.write(List.of(new ReadModelStore.TopicChanges(projection, true, entryIds, Set.of(), Set.of())));
            entries += entryIds.size();
        }
        return new RebuildReport(events, projections.size(), entries, (System.nanoTime() - started) / 1_000_000);
    }

    /** The log, page by page in position order. */
    @FunctionalInterface
    public interface LogPages {
        List<LoggedEvent> next() throws Exception;
    }
}
