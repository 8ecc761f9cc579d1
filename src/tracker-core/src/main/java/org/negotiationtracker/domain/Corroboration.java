package org.negotiationtracker.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** Where a report was placed: the entry that holds it now, and the entries it joined into that one. */
    private record Placement(String entryId, Set<String> absorbedEntryIds) {
    }

    private final Map<String, List<DiplomaticEvent>> reportsByEntry = new HashMap<>();
    private final Map<Key, List<String>> entryIdsByKey = new HashMap<>();
    private final Map<String, String> entryIdByReport = new HashMap<>();
    private int reportCount;

    /** Adds a report; says which entry now holds it and which entries it absorbed. */
    EntryChange add(DiplomaticEvent report) {
        Placement placement = place(report);
        reportCount++;
        Set<String> holding = Set.of(placement.entryId());
        // entry ids are the least report id of the group: an entry that existed before keeps an older id
        return report.id().equals(placement.entryId())
                ? new EntryChange(holding, Set.of(), placement.absorbedEntryIds())
                : new EntryChange(Set.of(), holding, placement.absorbedEntryIds());
    }

    /**
     * Takes a report back out. The reports left in its entry are grouped again, since the retracted one may be
     * all that joined them: the entry may keep its id, take another, split into several or go.
     *
     * @return what changed; empty when no entry holds the report (never added, or already retracted)
     */
    Optional<EntryChange> retract(String reportId) {
        String entryId = entryIdByReport.remove(reportId);
        if (entryId == null) {
            return Optional.empty();
        }
        List<DiplomaticEvent> reports = reportsByEntry.remove(entryId);
        Key key = key(reports.get(0));
        List<String> sameKey = entryIdsByKey.get(key);
        sameKey.remove(entryId);
        if (sameKey.isEmpty()) {
            entryIdsByKey.remove(key);
        }
        reportCount--;
        Set<String> regrouped = new HashSet<>();
        for (DiplomaticEvent left : reports) {
            if (!left.id().equals(reportId)) {
                Placement placement = place(left);
                regrouped.removeAll(placement.absorbedEntryIds());
                regrouped.add(placement.entryId());
            }
        }
        boolean kept = regrouped.remove(entryId);
        return Optional.of(new EntryChange(regrouped, kept ? Set.of(entryId) : Set.of(),
                kept ? Set.of() : Set.of(entryId)));
    }

    private Placement place(DiplomaticEvent report) {
        List<String> sameKey = entryIdsByKey.computeIfAbsent(key(report), k -> new ArrayList<>());
        List<String> reportActors = actorKeys(report);
        List<DiplomaticEvent> merged = new ArrayList<>();
        merged.add(report);
        Set<String> absorbed = new HashSet<>();
        for (Iterator<String> candidates = sameKey.iterator(); candidates.hasNext(); ) {
            String candidate = candidates.next();
            List<DiplomaticEvent> reports = reportsByEntry.get(candidate);
            if (describeOneEvent(report, reportActors, reports)) {
                merged.addAll(reports);
                absorbed.add(candidate);
                reportsByEntry.remove(candidate);
                candidates.remove();
            }
        }
        String entryId = leastId(merged);
        reportsByEntry.put(entryId, merged);
        sameKey.add(entryId);
        if (absorbed.isEmpty()) {
            entryIdByReport.put(report.id(), entryId);
        } else {
            merged.forEach(each -> entryIdByReport.put(each.id(), entryId));
        }
        absorbed.remove(entryId);
        return new Placement(entryId, absorbed);
    }

    private static String leastId(List<DiplomaticEvent> reports) {
        String least = reports.get(0).id();
        for (DiplomaticEvent report : reports) {
            if (report.id().compareTo(least) < 0) {
                least = report.id();
            }
        }
        return least;
    }

    /** The entry that holds a report; empty when none does (never added, or retracted). */
    Optional<String> entryOf(String reportId) {
        return Optional.ofNullable(entryIdByReport.get(reportId));
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

    private static Key key(DiplomaticEvent report) {
        return new Key(report.type(), report.occurredAt());
    }

    /** A plan for June and one for 29 June may be the same meeting; one for February and one for March are not. */
    private static boolean samePlannedDate(DiplomaticEvent a, DiplomaticEvent b) {
        return a.plannedFor() == null || b.plannedFor() == null || a.plannedFor().overlaps(b.plannedFor());
    }

    /**
     * Whether a report and any of an entry's reports tell of one event: {@link Actor#sameParticipants} and
     * {@link #samePlannedDate}, written out as it runs for every report of every entry on the report's date.
     */
    private static boolean describeOneEvent(DiplomaticEvent report, List<String> reportActors,
                                            List<DiplomaticEvent> entryReports) {
        for (DiplomaticEvent other : entryReports) {
            if (samePlannedDate(report, other) && sameParticipants(reportActors, other.actors())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameParticipants(List<String> keys, List<Actor> others) {
        if (keys.isEmpty() || others.isEmpty()) {
            return keys.isEmpty() && others.isEmpty();
        }
        for (Actor other : others) {
            if (keys.contains(other.key())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> actorKeys(DiplomaticEvent report) {
        List<String> keys = new ArrayList<>(report.actors().size());
        for (Actor actor : report.actors()) {
            keys.add(actor.key());
        }
        return keys;
    }
}
