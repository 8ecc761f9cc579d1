package org.negotiationtracker.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.negotiationtracker.text.TextKey;

/**
 * Derives a topic's negotiation state: from its whole timeline (already limited to the as-of date), or from the
 * figures a projection keeps as it goes and its entries of the types the state reads.
 */
final class TopicStateFold {

    private static final String UNATTRIBUTED = "unattributed";

    static final Comparator<TopicState.Participant> PARTICIPANTS = Comparator
            .comparingInt(TopicState.Participant::events).reversed()
            .thenComparing(TopicState.Participant::name);

    /** What the state counts over the whole timeline, and its first and last event times. */
    record Figures(int events, int reports, int distinctSources, List<TopicState.Participant> participants,
                   PartialDate first, PartialDate last) {
    }

    private TopicStateFold() {
    }

    static TopicState derive(TopicDefinition topic, List<TimelineEntry> timeline, LocalDate asOf, int version,
                             long position) {
        PartialDate first = timeline.isEmpty() ? null : timeline.get(0).occurredAt();
        PartialDate last = timeline.stream().map(TimelineEntry::occurredAt).max(Comparator.naturalOrder()).orElse(null);
        Figures figures = new Figures(timeline.size(), timeline.stream().mapToInt(TimelineEntry::reportCount).sum(),
                distinctSources(timeline), participants(timeline), first, last);
        return derive(topic, type -> ofType(timeline, type), figures, asOf, version, position);
    }

    /**
     * @param ofType the entries of one type, in timeline order
     */
    static TopicState derive(TopicDefinition topic, Function<EventType, List<TimelineEntry>> ofType, Figures figures,
                             LocalDate asOf, int version, long position) {
        List<TimelineEntry> held = ofType.apply(EventType.MEETING_HELD);
        List<Plan> plans = plans(ofType.apply(EventType.MEETING_SCHEDULED), held,
                ofType.apply(EventType.MEETING_CANCELLED));
        PartialDate last = figures.last();
        return new TopicState(topic.id(), topic.title(), topic.parties(), topic.aliases(),
                topic.disputedItems(), topic.basisDocuments(), asOf,
                status(figures, ofType.apply(EventType.TALKS_SUSPENDED), ofType.apply(EventType.TALKS_RESUMED)),
                held.isEmpty() ? null : meeting(held.get(held.size() - 1)),
                plans.stream().filter(p -> p.isPendingAfter(last)).map(Plan::view).toList(),
                plans.stream().filter(p -> !p.isPendingAfter(last) && p.isOpen()).map(Plan::view).toList(),
                openDemands(topic, ofType),
                ofType.apply(EventType.AGREEMENT_REACHED).stream().map(TopicStateFold::outcome).toList(),
                ofType.apply(EventType.DOCUMENT_SIGNED).stream().map(TopicStateFold::outcome).toList(),
                figures.participants(), figures.events(), figures.reports(), figures.distinctSources(),
                figures.first(), last, version, position);
    }

    private static List<TimelineEntry> ofType(List<TimelineEntry> timeline, EventType type) {
        return timeline.stream().filter(e -> e.type() == type).toList();
    }

    /** The later of the last suspension and the last resumption decides. */
    private static String status(Figures figures, List<TimelineEntry> suspensions, List<TimelineEntry> resumptions) {
        if (figures.events() == 0) {
            return TopicState.REGISTERED;
        }
        if (suspensions.isEmpty()) {
            return TopicState.ACTIVE;
        }
        TimelineEntry suspended = suspensions.get(suspensions.size() - 1);
        return resumptions.isEmpty()
                || TimelineEntry.CHRONOLOGICAL.compare(suspended, resumptions.get(resumptions.size() - 1)) > 0
                ? TopicState.SUSPENDED : TopicState.ACTIVE;
    }

    private static TopicState.Meeting meeting(TimelineEntry entry) {
        return new TopicState.Meeting(entry.id(), entry.occurredAt(), entry.location(), entry.actorNames(),
                entry.summary(), entry.sourceCount(), entry.review());
    }

    private static String review(List<TimelineEntry> entries) {
        return entries.stream().anyMatch(TimelineEntry::confirmed) ? Review.CONFIRMED : Review.PROPOSED;
    }

    private static TopicState.Outcome outcome(TimelineEntry entry) {
        return new TopicState.Outcome(entry.id(), entry.occurredAt(), entry.location(), entry.actorNames(),
                entry.summary(), entry.subject(), entry.sourceCount(), entry.review());
    }

    private static int distinctSources(List<TimelineEntry> timeline) {
        Set<String> keys = new HashSet<>();
        timeline.forEach(entry -> keys.addAll(entry.sourceKeys()));
        return keys.size();
    }

    private static List<TopicState.Participant> participants(List<TimelineEntry> timeline) {
        Map<String, Actor> actors = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        for (TimelineEntry entry : timeline) {
            List<Actor> named = entry.actors();
            for (int i = 0; i < named.size(); i++) {
                String key = entry.actorKeys().get(i);
                actors.merge(key, named.get(i), TopicStateFold::fillIn);
                int[] count = counts.computeIfAbsent(key, k -> new int[2]);
                count[0]++;
                count[1] += entry.reportCount();
            }
        }
        return actors.entrySet().stream()
                .map(a -> new TopicState.Participant(a.getValue().name(), a.getValue().country(),
                        a.getValue().role(), counts.get(a.getKey())[0], counts.get(a.getKey())[1]))
                .sorted(PARTICIPANTS)
                .toList();
    }

    /** An earlier mention's country and role stand; a later one only fills in what they left out. */
    private static Actor fillIn(Actor known, Actor other) {
        if ((known.country() != null || other.country() == null) && (known.role() != null || other.role() == null)) {
            return known;
        }
        return new Actor(known.name(), known.country() != null ? known.country() : other.country(),
                known.role() != null ? known.role() : other.role());
    }

    /** Demands stay open until an agreement or signed document on the same subject follows them. */
    private static Map<String, List<TopicState.Demand>> openDemands(TopicDefinition topic,
                                                                    Function<EventType, List<TimelineEntry>> ofType) {
        Map<String, List<PartialDate>> settledSubjects = new HashMap<>();
        for (EventType settling : List.of(EventType.AGREEMENT_REACHED, EventType.DOCUMENT_SIGNED)) {
            for (TimelineEntry entry : ofType.apply(settling)) {
                if (entry.subject() != null) {
                    settledSubjects.computeIfAbsent(TextKey.words(entry.subject()), k -> new ArrayList<>())
                            .add(entry.occurredAt());
                }
            }
        }
        Map<String, Map<String, List<TimelineEntry>>> byPartyAndSubject = new TreeMap<>();
        for (TimelineEntry entry : ofType.apply(EventType.DEMAND_MADE)) {
            for (String party : partiesOf(topic, entry)) {
                byPartyAndSubject.computeIfAbsent(party, p -> new LinkedHashMap<>())
                        .computeIfAbsent(subjectKey(entry), s -> new ArrayList<>()).add(entry);
            }
        }
        Map<String, List<TopicState.Demand>> open = new TreeMap<>();
        byPartyAndSubject.forEach((party, bySubject) -> {
            List<TopicState.Demand> demands = bySubject.entrySet().stream()
                    .filter(s -> !settled(settledSubjects.get(s.getKey()), s.getValue()))
                    .map(s -> demand(s.getValue()))
                    .toList();
            if (!demands.isEmpty()) {
                open.put(party, demands);
            }
        });
        return open;
    }

    private static boolean settled(List<PartialDate> settlements, List<TimelineEntry> restatements) {
        if (settlements == null) {
            return false;
        }
        PartialDate lastMade = restatements.get(restatements.size() - 1).occurredAt();
        return settlements.stream().anyMatch(date -> date.compareTo(lastMade) >= 0);
    }

    private static TopicState.Demand demand(List<TimelineEntry> restatements) {
        TimelineEntry first = restatements.get(0);
        TimelineEntry last = restatements.get(restatements.size() - 1);
        Set<String> actors = new java.util.TreeSet<>();
        Set<String> sources = new HashSet<>();
        for (TimelineEntry entry : restatements) {
            actors.addAll(entry.actorNames());
            sources.addAll(entry.sourceKeys());
        }
        return new TopicState.Demand(first.subject() != null ? first.subject() : last.subject(), last.summary(),
                List.copyOf(actors), first.occurredAt(), last.occurredAt(), restatements.size(), sources.size(),
                review(restatements));
    }

    private static String subjectKey(TimelineEntry entry) {
        if (entry.subject() != null) {
            return TextKey.words(entry.subject());
        }
        return entry.summary() != null ? TextKey.words(entry.summary()) : entry.id();
    }

    /** The topic's parties the demand's actors act for; other countries only when no party is named. */
    private static Set<String> partiesOf(TopicDefinition topic, TimelineEntry entry) {
        Map<String, String> partyByKey = new HashMap<>();
        topic.parties().forEach(party -> partyByKey.put(TextKey.words(party), party));
        Set<String> parties = new java.util.TreeSet<>();
        Set<String> others = new java.util.TreeSet<>();
        for (Actor actor : entry.actors()) {
            if (actor.country() != null) {
                String party = partyByKey.get(TextKey.words(actor.country()));
                if (party != null) {
                    parties.add(party);
                } else {
                    others.add(actor.country());
                }
            }
        }
        if (!parties.isEmpty()) {
            return parties;
        }
        return others.isEmpty() ? Set.of(UNATTRIBUTED) : others;
    }

    private static List<Plan> plans(List<TimelineEntry> announcements, List<TimelineEntry> held,
                                    List<TimelineEntry> cancellations) {
        List<Plan> plans = new ArrayList<>();
        for (TimelineEntry announcement : announcements) {
            PartialDate planned = announcement.plannedOrOccurred();
            List<Plan> joined = plans.stream().filter(p -> p.matches(planned, announcement.actorKeys())).toList();
            Plan plan = new Plan();
            joined.forEach(p -> plan.announcements.addAll(p.announcements));
            plan.announcements.add(announcement);
            plans.removeAll(joined);
            plans.add(plan);
        }
        for (Plan plan : plans) {
            plan.fulfilled = held.stream().anyMatch(h -> plan.matches(h.occurredAt(), h.actorKeys())
                    && plan.wasAnnouncedBy(h.occurredAt()));
            plan.cancelled = cancellations.stream()
                    .anyMatch(c -> plan.matches(c.plannedOrOccurred(), c.actorKeys()));
        }
        plans.sort(Comparator.comparing(Plan::plannedFor).thenComparing(p -> p.announcements.get(0).id()));
        return plans;
    }

    /** All announcements of one planned meeting: overlapping planned dates and overlapping actors. */
    private static final class Plan {
        final List<TimelineEntry> announcements = new ArrayList<>();
        boolean fulfilled;
        boolean cancelled;

        boolean matches(PartialDate date, Collection<String> actorKeys) {
            return announcements.stream().anyMatch(a -> a.plannedOrOccurred().overlaps(date)
                    && Actor.sameParticipants(a.actorKeys(), actorKeys));
        }

        /** A meeting held before anyone announced the plan is an earlier meeting, not the planned one. */
        boolean wasAnnouncedBy(PartialDate date) {
            return announcements.stream().anyMatch(a -> !date.lastDay().isBefore(a.occurredAt().firstDay()));
        }

        boolean isOpen() {
            return !fulfilled && !cancelled;
        }

        boolean isPendingAfter(PartialDate lastEvent) {
            return isOpen() && !plannedFor().lastDay().isBefore(lastEvent.firstDay());
        }

        PartialDate plannedFor() {
            return mostPrecise().plannedOrOccurred();
        }

        TimelineEntry mostPrecise() {
            TimelineEntry best = announcements.get(0);
            for (TimelineEntry a : announcements) {
                if (a.plannedOrOccurred().isMorePreciseThan(best.plannedOrOccurred())) {
                    best = a;
                }
            }
            return best;
        }

        TopicState.PlannedMeeting view() {
            TimelineEntry best = mostPrecise();
            Set<String> actors = new java.util.TreeSet<>();
            Set<String> sources = new HashSet<>();
            String location = best.location();
            PartialDate announced = null;
            for (TimelineEntry a : announcements) {
                actors.addAll(a.actorNames());
                sources.addAll(a.sourceKeys());
                announced = announced == null || a.occurredAt().compareTo(announced) < 0 ? a.occurredAt() : announced;
                location = location != null ? location : a.location();
            }
            return new TopicState.PlannedMeeting(plannedFor(), location, List.copyOf(actors), announced,
                    best.summary(), sources.size(), announcements.stream().map(TimelineEntry::id).sorted().toList(),
                    review(announcements));
        }
    }
}
