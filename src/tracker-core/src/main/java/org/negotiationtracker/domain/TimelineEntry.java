package org.negotiationtracker.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One real-world event on a topic's timeline, with every report of it. What it says is drawn from
 * its reports in a fixed order (earliest publication first, then event id), so the entry is the same
 * whatever order the reports arrived in. {@code review} says whether it stands {@link Review#CONFIRMED confirmed} or
 * only {@link Review#PROPOSED proposed} by the extractor; {@code confirmation} why it is confirmed
 * ({@link Review#ENTERED}, {@link Review#REVIEWED}, {@link Review#CORROBORATED}), null while proposed.
 */
public record TimelineEntry(String id, EventType type, PartialDate occurredAt, PartialDate plannedFor,
                            String location, String summary, String subject, List<Actor> actors,
                            List<Source> sources, int sourceCount, List<String> reportIds, String review,
                            String confirmation, List<String> sourceKeys, List<String> actorKeys) {

    /** By event time, then type, then id; written out, as the projections' sorted sets compare entries often. */
    static final Comparator<TimelineEntry> CHRONOLOGICAL = (a, b) -> {
        int byTime = a.occurredAt.compareTo(b.occurredAt);
        if (byTime != 0) {
            return byTime;
        }
        int byType = a.type.compareTo(b.type);
        return byType != 0 ? byType : a.id.compareTo(b.id);
    };

    /** Earliest publication first, reports without one last, then by id. */
    private static final Comparator<DiplomaticEvent> CANONICAL = (a, b) -> {
        PartialDate publishedA = a.source() == null ? null : a.source().publishedAt();
        PartialDate publishedB = b.source() == null ? null : b.source().publishedAt();
        if (publishedA != publishedB) {
            if (publishedA == null) {
                return 1;
            }
            if (publishedB == null) {
                return -1;
            }
            int byPublication = publishedA.compareTo(publishedB);
            if (byPublication != 0) {
                return byPublication;
            }
        }
        return a.id().compareTo(b.id());
    };

    /**
     * @param confirmations the reports a reviewer confirmed (or a correction logged), by report id; the others
     *                      stand confirmed when not extracted
     */
    static TimelineEntry of(String id, Collection<DiplomaticEvent> reports, Map<String, Confirmation> confirmations,
                            ReviewPolicy policy) {
        List<DiplomaticEvent> ordered = new ArrayList<>(reports);
        ordered.sort(CANONICAL);
        DiplomaticEvent first = ordered.get(0);
        Map<String, Source> sources = distinctSources(ordered);
        List<Actor> actors = mergedActors(ordered);
        List<String> reportIds = new ArrayList<>(ordered.size());
        for (DiplomaticEvent report : ordered) {
            reportIds.add(report.id());
        }
        List<String> actorKeys = new ArrayList<>(actors.size());
        for (Actor actor : actors) {
            actorKeys.add(actor.key());
        }
        String confirmation = confirmation(ordered, confirmations, sources.size(), policy);
        return new TimelineEntry(id, first.type(), first.occurredAt(), mostPrecisePlannedDate(ordered),
                mostReportedLocation(ordered), firstPresent(ordered, DiplomaticEvent::summary),
                firstPresent(ordered, DiplomaticEvent::subject), actors,
                List.copyOf(sources.values()), sources.size(), List.copyOf(reportIds),
                confirmation == null ? Review.PROPOSED : Review.CONFIRMED, confirmation,
                List.copyOf(sources.keySet()), List.copyOf(actorKeys));
    }

    /** Why the entry stands confirmed, in this order of precedence; null when it is only proposed. */
    private static String confirmation(List<DiplomaticEvent> reports, Map<String, Confirmation> confirmations,
                                       int sourceCount, ReviewPolicy policy) {
        boolean entered = false;
        for (DiplomaticEvent report : reports) {
            if (confirmations.containsKey(report.id())) {
                return Review.REVIEWED;
            }
            entered |= !Review.extracted(report);
        }
        if (entered) {
            return Review.ENTERED;
        }
        return sourceCount >= policy.corroboratingSources() ? Review.CORROBORATED : null;
    }

    public boolean confirmed() {
        return Review.CONFIRMED.equals(review);
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
        for (DiplomaticEvent report : reports) {
            String value = field.apply(report);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
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
