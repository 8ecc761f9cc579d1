package org.negotiationtracker.eventlog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.TopicEvent;
import org.negotiationtracker.domain.TopicRegistered;

/**
 * Decides, for the appends sharing one transaction, what each one writes: duplicates answer with
 * the stored position, new events get the next positions and topic versions. An append that fails
 * a check leaves no trace here, so the others in the transaction go ahead without it.
 */
final class AppendPlanner {

    private final Map<String, LoggedEvent> known;
    private final Map<String, Integer> versions;
    private final Instant recordedAt;
    private final List<LoggedEvent> planned = new ArrayList<>();
    private long head;

    AppendPlanner(long head, Map<String, LoggedEvent> stored, Map<String, Integer> versions, Instant recordedAt) {
        this.head = head;
        this.known = new HashMap<>(stored);
        this.versions = new HashMap<>(versions);
        this.recordedAt = recordedAt;
    }

    List<Appended> plan(List<PendingEvent> append) {
        long nextHead = head;
        Map<String, LoggedEvent> newlyKnown = new HashMap<>();
        Map<String, Integer> newVersions = new HashMap<>();
        List<LoggedEvent> newlyPlanned = new ArrayList<>();
        List<Appended> results = new ArrayList<>();
        for (int index = 0; index < append.size(); index++) {
            PendingEvent pending = append.get(index);
            TopicEvent event = pending.event();
            LoggedEvent prior = newlyKnown.containsKey(event.id()) ? newlyKnown.get(event.id()) : known.get(event.id());
            if (prior != null) {
                if (!sameFact(prior.event(), event)) {
                    throw new EventIdConflictException(index, event.id(), prior.position());
                }
                results.add(new Appended(event.id(), event.topicId(), prior.position(), prior.topicVersion(), true));
                continue;
            }
            String topicId = event.topicId();
            int current = newVersions.getOrDefault(topicId, versions.getOrDefault(topicId, 0));
            if (current == 0 && !(event instanceof TopicRegistered)) {
                throw new UnknownTopicException(index, topicId);
            }
            if (pending.expectedVersion() != null && pending.expectedVersion() != current) {
                throw new VersionConflictException(index, topicId, pending.expectedVersion(), current);
            }
            LoggedEvent logged = new LoggedEvent(++nextHead, current + 1, recordedAt, event);
            newlyKnown.put(event.id(), logged);
            newVersions.put(topicId, current + 1);
            newlyPlanned.add(logged);
            results.add(new Appended(event.id(), topicId, logged.position(), logged.topicVersion(), false));
        }
        head = nextHead;
        known.putAll(newlyKnown);
        versions.putAll(newVersions);
        planned.addAll(newlyPlanned);
        return results;
    }

    /** Retries may differ in transport metadata (a new correlation id) but must say the same thing. */
    private static boolean sameFact(TopicEvent stored, TopicEvent incoming) {
        if (stored instanceof DiplomaticEvent a && incoming instanceof DiplomaticEvent b) {
            return a.withoutMetadata().equals(b.withoutMetadata());
        }
        return stored.equals(incoming);
    }

    List<LoggedEvent> planned() {
        return planned;
    }

    long head() {
        return head;
    }

    Map<String, Integer> versions() {
        return versions;
    }
}
