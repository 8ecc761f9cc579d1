package org.negotiationtracker.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups reports into real-world events: reports of one topic with the same type and the same date
 * (at the same precision) whose actors overlap, and for plans whose planned dates overlap, describe
 * one event. An entry is a connected group under that relation, so the grouping does not depend on arrival
 * order: a report that overlaps two entries joins them into one.
 */
final class Corroboration {

    private record Key(EventType type, PartialDate occurredAt) {
    }

    private final Map<String, List<DiplomaticEvent>> reportsByEntry = new HashMap<>();
    private final Map<Key, List<String>> entryIdsByKey = new HashMap<>();
    private int reportCount;

    /** Adds a report; says which entry now holds it and which entries it absorbed. */
    EntryChange add(DiplomaticEvent report) {
        Key key = new Key(report.type(), report.occurredAt());
        List<String> sameKey = entryIdsByKey.computeIfAbsent(key, k -> new ArrayList<>());
        List<String> reportActors = actorKeys(report);
        List<DiplomaticEvent> merged = new ArrayList<>();
        merged.add(report);
        Set<String> absorbed = new HashSet<>();
        for (String entryId : List.copyOf(sameKey)) {
            List<DiplomaticEvent> reports = reportsByEntry.get(entryId);
            if (reports.stream().anyMatch(other -> Actor.sameParticipants(actorKeys(other), reportActors)
                    && samePlannedDate(report, other))) {
                merged.addAll(reports);
                absorbed.add(entryId);
                reportsByEntry.remove(entryId);
                sameKey.remove(entryId);
            }
        }
        String entryId = merged.stream().map(DiplomaticEvent::id).min(String::compareTo).orElseThrow();
        reportsByEntry.put(entryId, merged);
        sameKey.add(entryId);
        absorbed.remove(entryId);
        reportCount++;
        return new EntryChange(entryId, absorbed);
    }

    List<DiplomaticEvent> reports(String entryId) {
        return List.copyOf(reportsByEntry.get(entryId));
    }

    Collection<String> entryIds() {
        return reportsByEntry.keySet();
    }

    int reportCount() {
        return reportCount;
    }

    /** A plan for June and one for 29 June may be the same meeting; one for February and one for March are not. */
    private static boolean samePlannedDate(DiplomaticEvent a, DiplomaticEvent b) {
        return a.plannedFor() == null || b.plannedFor() == null || a.plannedFor().overlaps(b.plannedFor());
    }

    private static List<String> actorKeys(DiplomaticEvent report) {
        return report.actors().stream().map(Actor::key).toList();
    }
}
