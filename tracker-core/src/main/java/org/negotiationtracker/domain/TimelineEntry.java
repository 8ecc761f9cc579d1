package org.negotiationtracker.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One real-world event on a topic's timeline, with every report of it. What it says is drawn from
 * its reports in a fixed order (earliest publication first, then event id), so the entry is the same
 * whatever order the reports arrived in.
 */
public record TimelineEntry(String id, EventType type, PartialDate occurredAt, PartialDate plannedFor,
                            String location, String summary, String subject, List<Actor> actors,
                            List<Source> sources, int sourceCount, List<String> reportIds, List<String> sourceKeys,
                            List<String> actorKeys) {

    static final Comparator<TimelineEntry> CHRONOLOGICAL = Comparator
            .comparing(TimelineEntry::occurredAt)
            .thenComparing(TimelineEntry::type)
            .thenComparing(TimelineEntry::id);

    private static final Comparator<DiplomaticEvent> CANONICAL = Comparator
            .comparing((DiplomaticEvent e) -> e.source() == null ? null : e.source().publishedAt(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DiplomaticEvent::id);

    static TimelineEntry of(String id, Collection<DiplomaticEvent> reports) {
        List<DiplomaticEvent> ordered = reports.stream().sorted(CANONICAL).toList();
        DiplomaticEvent first = ordered.get(0);
        Map<String, Source> sources = distinctSources(ordered);
        List<Actor> actors = mergedActors(ordered);
        return new TimelineEntry(id, first.type(), first.occurredAt(), mostPrecisePlannedDate(ordered),
                mostReportedLocation(ordered), firstPresent(ordered, DiplomaticEvent::summary),
                firstPresent(ordered, DiplomaticEvent::subject), actors,
                List.copyOf(sources.values()), sources.size(), ordered.stream().map(DiplomaticEvent::id).toList(),
                List.copyOf(sources.keySet()), actors.stream().map(Actor::key).toList());
    }

    /** The date that identifies the real-world event: the planned date for plans, else when it happened. */
    public PartialDate plannedOrOccurred() {
        return plannedFor != null ? plannedFor : occurredAt;
    }

    public List<String> actorNames() {
        return actors.stream().map(Actor::name).sorted().toList();
    }

    public int reportCount() {
        return reportIds.size();
    }

    /**
     * By key, computed once here, as are {@code actorKeys} (in the order of {@code actors}): the state fold
     * counts the sources and actors of every entry at every commit.
     */
    private static Map<String, Source> distinctSources(List<DiplomaticEvent> reports) {
        Map<String, Source> byKey = new LinkedHashMap<>();
        for (DiplomaticEvent report : reports) {
            Source source = report.source();
            if (source != null && source.namesItsOrigin()) {
                byKey.putIfAbsent(source.key(), source);
            }
        }
        return byKey;
    }

    private static PartialDate mostPrecisePlannedDate(List<DiplomaticEvent> reports) {
        PartialDate best = null;
        for (DiplomaticEvent report : reports) {
            PartialDate planned = report.plannedFor();
            if (planned != null && (best == null || planned.isMorePreciseThan(best))) {
                best = planned;
            }
        }
        return best;
    }

    private static String mostReportedLocation(List<DiplomaticEvent> reports) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (DiplomaticEvent report : reports) {
            if (report.location() != null && !report.location().isBlank()) {
                counts.merge(report.location(), 1, Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            if (best == null || count.getValue() > counts.get(best)) {
                best = count.getKey();
            }
        }
        return best;
    }

    private static String firstPresent(List<DiplomaticEvent> reports,
                                       java.util.function.Function<DiplomaticEvent, String> field) {
        return reports.stream().map(field).filter(Objects::nonNull).filter(s -> !s.isBlank()).findFirst().orElse(null);
    }

    /** Union of the reports' actors; a later report fills in a country or role an earlier one left out. */
    private static List<Actor> mergedActors(List<DiplomaticEvent> reports) {
        Map<String, Actor> byKey = new HashMap<>();
        for (DiplomaticEvent report : reports) {
            for (Actor actor : report.actors()) {
                byKey.merge(actor.key(), actor, (known, other) -> new Actor(known.name(),
                        known.country() != null ? known.country() : other.country(),
                        known.role() != null ? known.role() : other.role()));
            }
        }
        List<Actor> actors = new ArrayList<>(byKey.values());
        actors.sort(Comparator.comparing(Actor::name));
        return List.copyOf(actors);
    }
}
