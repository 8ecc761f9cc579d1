package org.negotiationtracker.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.negotiationtracker.article.DateMention.Context;
import org.negotiationtracker.article.DateMention.Direction;
import org.negotiationtracker.article.DateMention.Resolved;
import org.negotiationtracker.article.GazetteerEntry.Kind;
import org.negotiationtracker.article.Trigger.Family;
import org.negotiationtracker.domain.Actor;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.PartialDate;

/**
 * Turns one sentence into candidate events: its triggers grouped by family, each mention, date and place
 * attached to the nearest trigger, the type decided from tense, modality and the resolved date.
 */
final class SentenceReader {

    private static final Set<String> LOCATION_PREPOSITIONS = Set.of("in", "to", "at", "visit", "visiting",
            "visited", "visits", "toured");
    private static final Set<String> ANAPHORS = Set.of("these", "this", "the", "they", "such", "those");

    private final Gazetteer gazetteer;
    private final LocalDate published;
    private final String datelineCity;

    SentenceReader(Gazetteer gazetteer, LocalDate published, String datelineCity) {
        this.gazetteer = gazetteer;
        this.published = published;
        this.datelineCity = datelineCity;
    }

    /** State carried from sentence to sentence: the last day named, the last meeting's participants. */
    static final class Memory {
        LocalDate anchor;
        List<Actor> lastMeetingActors = List.of();
        List<String> lastMeetingSurfaces = List.of();
        String lastMeetingLocation;
        int sentencesSinceMeeting = 99;
    }

    List<Candidate> read(Sentence sentence, List<Mention> allMentions, Memory memory, boolean headline) {
        memory.sentencesSinceMeeting++;
        List<Trigger> triggers = Lexicon.triggers(sentence);
        if (triggers.isEmpty()) {
            return List.of();
        }
        List<Mention> mentions = allMentions.stream()
                .filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end()).toList();
        List<DateMention> dates = DateGrammar.find(sentence).stream()
                .filter(d -> !d.attributive() && !datesAReport(sentence, d)).toList();

        Map<Family, List<Trigger>> groups = new EnumMap<>(Family.class);
        for (Trigger trigger : triggers) {
            if (!trigger.negated()) {
                Family family = trigger.family() == Family.SCHEDULING ? Family.MEETING : trigger.family();
                groups.computeIfAbsent(family, f -> new ArrayList<>()).add(trigger);
            }
        }
        List<Trigger> live = groups.values().stream().flatMap(List::stream).toList();
        if (live.isEmpty()) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        Map<Family, Candidate> byFamily = new LinkedHashMap<>();
        for (Map.Entry<Family, List<Trigger>> group : groups.entrySet()) {
            Candidate candidate = candidate(sentence, group.getKey(), group.getValue(), live, mentions, dates, memory,
                    headline);
            if (candidate != null) {
                byFamily.put(group.getKey(), candidate);
            }
        }
        Candidate statement = byFamily.remove(Family.STATEMENT);
        if (statement != null && !reportsAnotherEvent(sentence, groups, byFamily)) {
            byFamily.put(Family.STATEMENT, statement);
        }
        candidates.addAll(byFamily.values());
        for (Candidate candidate : candidates) {
            if (candidate.dated() && candidate.date().precision() == PartialDate.Precision.DAY) {
                memory.anchor = candidate.date().firstDay();
            }
        }
        return candidates;
    }

    private Candidate candidate(Sentence sentence, Family family, List<Trigger> group, List<Trigger> live,
                                List<Mention> mentions, List<DateMention> dates, Memory memory, boolean headline) {
        List<Mention> actorMentions = new ArrayList<>();
        List<Mention> countryMentions = new ArrayList<>();
        List<Mention> places = new ArrayList<>();
        for (Mention mention : mentions) {
            boolean ours = group.contains(nearest(live, mention.start(), mention.end()));
            Kind kind = mention.entry().kind();
            if ((kind == Kind.PERSON || kind == Kind.INSTITUTION) && ours) {
                actorMentions.add(mention);
            }
            if (kind == Kind.COUNTRY || (kind == Kind.PLACE && "capital".equals(mention.entry().role()))) {
                countryMentions.add(mention);
            }
            if ((kind == Kind.PLACE || (kind == Kind.COUNTRY && afterLocationWord(sentence, mention))) && ours) {
                places.add(mention);
            }
        }
        DateMention date = null;
        for (DateMention d : dates) {
            Trigger owner = nearest(live, d.start(), d.end());
            if (group.contains(owner) && (date == null || distance(group, d) < distance(group, date))) {
                date = d;
            }
        }
        boolean future = group.stream().anyMatch(Trigger::future)
                || group.stream().anyMatch(t -> t.family() == Family.SCHEDULING);
        boolean pastVerb = group.stream().anyMatch(t -> t.verbal() && sentence.tokens().get(t.tokenIndex()).isPastVerb())
                && !future;
        Direction direction = future ? Direction.FUTURE : (pastVerb || family != Family.MEETING)
                ? Direction.PAST : Direction.UNKNOWN;
        Resolved resolved = date == null ? null
                : date.resolve(new Context(published, direction, memory.anchor));
        if (date != null && resolved == null) {
            date = null;
        }
        EventType type = type(family, future, resolved);
        if (type == null) {
            return null;
        }

        List<Actor> actors = new ArrayList<>();
        List<String> surfaces = new ArrayList<>();
        actorMentions.forEach(m -> addActor(actors, surfaces, m));
        double confidence = 0.5;
        if (type == EventType.MEETING_HELD || type == EventType.MEETING_SCHEDULED) {
            if (countPeople(actors) == 1) {
                addNearestOtherPerson(actors, surfaces, mentions, group);
            }
            if (actors.isEmpty() && mentions.isEmpty() && isAnaphoric(sentence, group)
                    && memory.sentencesSinceMeeting <= 2) {
                actors.addAll(memory.lastMeetingActors);
                surfaces.addAll(memory.lastMeetingSurfaces);
                confidence -= 0.15;
            }
        }
        if (actors.isEmpty()) {
            int firstTrigger = group.get(0).start();
            for (Mention country : countryMentions) {
                if (country.end() <= firstTrigger || type == EventType.DOCUMENT_SIGNED) {
                    addCountryActor(actors, surfaces, country);
                }
            }
            confidence -= 0.1;
        }
        if (actors.isEmpty()) {
            return null;
        }
        if (type == EventType.STATEMENT_ISSUED && actorMentions.isEmpty()) {
            return null;
        }

        PartialDate eventDate;
        PartialDate end = null;
        boolean needsDate = false;
        if (resolved != null) {
            eventDate = resolved.date();
            end = resolved.end();
            confidence += 0.15;
        } else {
            eventDate = PartialDate.ofDay(published);
            boolean current = headline || group.stream().anyMatch(Trigger::presentOrPerfect);
            boolean reportVerb = type == EventType.STATEMENT_ISSUED || type == EventType.DEMAND_MADE
                    || type == EventType.BRIEFING_HELD;
            needsDate = type == EventType.MEETING_SCHEDULED || !(current || (reportVerb && group.stream()
                    .anyMatch(Trigger::verbal)));
        }
        if (group.stream().anyMatch(Trigger::verbal)) {
            confidence += 0.2;
        }
        if (countPeople(actors) >= 2) {
            confidence += 0.1;
        }
        if (headline) {
            confidence -= 0.1;
        }

        String location = null;
        int rank = -1;
        for (Mention place : places) {
            if (place.entry().specificity() > rank) {
                rank = place.entry().specificity();
                location = place.entry().kind() == Kind.COUNTRY ? place.entry().country() : place.entry().name();
            }
        }
        if (location == null && type == EventType.MEETING_SCHEDULED && memory.lastMeetingLocation != null
                && actors.equals(memory.lastMeetingActors)) {
            location = memory.lastMeetingLocation;
            rank = 1;
        }
        if (type == EventType.MEETING_HELD || type == EventType.MEETING_SCHEDULED) {
            memory.lastMeetingActors = List.copyOf(actors);
            memory.lastMeetingSurfaces = List.copyOf(surfaces);
            memory.lastMeetingLocation = location;
            memory.sentencesSinceMeeting = 0;
        }
        if (location == null && datelineCity != null && eventDate.equals(PartialDate.ofDay(published))
                && type != EventType.MEETING_SCHEDULED) {
            location = datelineCity;
            rank = 0;
        }
        String subject = switch (type) {
            case DEMAND_MADE, PROPOSAL_MADE, AGREEMENT_REACHED, DOCUMENT_SIGNED -> Subjects.of(sentence, group.get(0));
            default -> null;
        };
        return new Candidate(type, eventDate, end, date == null ? null : date.expression(), resolved != null,
                needsDate, actors, surfaces, location, rank, subject, sentence,
                Math.max(0.05, Math.min(1.0, confidence)));
    }

    private EventType type(Family family, boolean future, Resolved resolved) {
        return switch (family) {
            case MEETING, SCHEDULING -> {
                boolean ahead = future || (resolved != null && resolved.date().firstDay().isAfter(published));
                yield ahead ? EventType.MEETING_SCHEDULED : EventType.MEETING_HELD;
            }
            case DEMAND -> future ? null : EventType.DEMAND_MADE;
            case PROPOSAL -> future ? null : EventType.PROPOSAL_MADE;
            case AGREEMENT -> future ? null : EventType.AGREEMENT_REACHED;
            case SIGNING -> future ? null : EventType.DOCUMENT_SIGNED;
            case BRIEFING -> future ? null : EventType.BRIEFING_HELD;
            case STATEMENT -> future ? null : EventType.STATEMENT_ISSUED;
            case CANCELLATION -> future ? null : EventType.MEETING_CANCELLED;
            case SUSPENSION -> future ? null : EventType.TALKS_SUSPENDED;
            case RESUMPTION -> future ? null : EventType.TALKS_RESUMED;
        };
    }

    private static Trigger nearest(List<Trigger> triggers, int start, int end) {
        Trigger best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Trigger trigger : triggers) {
            int d = trigger.distanceTo(start, end);
            if (d < bestDistance) {
                bestDistance = d;
                best = trigger;
            }
        }
        return best;
    }

    private static int distance(List<Trigger> group, DateMention date) {
        return group.stream().mapToInt(t -> t.distanceTo(date.start(), date.end())).min().orElse(Integer.MAX_VALUE);
    }

    /** "told reporters on Wednesday", "said on Friday": the day of the report, not of what it reports. */
    private static boolean datesAReport(Sentence sentence, DateMention date) {
        String before = sentence.text().substring(0, date.start() - sentence.start()).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(reported|told reporters|said|announced|wrote|reports|quoted)\\s*$")
                && !before.matches("(?s).*\\b(statement|memorandum)\\b.*");
    }

    private static boolean afterLocationWord(Sentence sentence, Mention mention) {
        String before = sentence.text().substring(0, mention.start() - sentence.start()).stripTrailing();
        int space = before.lastIndexOf(' ');
        String word = before.substring(space + 1).toLowerCase(Locale.ROOT);
        return LOCATION_PREPOSITIONS.contains(word);
    }

    private static boolean isAnaphoric(Sentence sentence, List<Trigger> group) {
        int first = group.get(0).tokenIndex();
        for (int k = Math.max(0, first - 4); k < first; k++) {
            if (ANAPHORS.contains(sentence.tokens().get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static void addActor(List<Actor> actors, List<String> surfaces, Mention mention) {
        GazetteerEntry entry = mention.entry();
        Actor actor = new Actor(entry.name(), entry.country(), entry.kind() == Kind.PERSON ? entry.role() : null);
        if (actors.stream().noneMatch(a -> a.key().equals(actor.key()))) {
            actors.add(actor);
            surfaces.add(mention.surface());
        }
    }

    private static void addCountryActor(List<Actor> actors, List<String> surfaces, Mention mention) {
        String country = mention.entry().country();
        Actor actor = new Actor(country, country, "government");
        if (actors.stream().noneMatch(a -> a.key().equals(actor.key()))) {
            actors.add(actor);
            surfaces.add(mention.surface());
        }
    }

    private static long countPeople(List<Actor> actors) {
        return actors.size();
    }

    /** A meeting "with his counterpart X" has the sentence's other person on the other side of the table. */
    private static void addNearestOtherPerson(List<Actor> actors, List<String> surfaces, List<Mention> mentions,
                                              List<Trigger> group) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention mention : mentions) {
            if (mention.entry().kind() != Kind.PERSON
                    || actors.stream().anyMatch(a -> a.name().equals(mention.entry().name()))) {
                continue;
            }
            int d = group.stream().mapToInt(t -> t.distanceTo(mention.start(), mention.end())).min().orElseThrow();
            if (d < bestDistance) {
                bestDistance = d;
                best = mention;
            }
        }
        if (best != null) {
            addActor(actors, surfaces, best);
        }
    }

    /**
     * "X said" is a statement only when what X said is not itself one of the sentence's events. What was said
     * is the clause before ", X said", or what follows "X said (that)"; a meeting at which X spoke is not it.
     */
    private static boolean reportsAnotherEvent(Sentence sentence, Map<Family, List<Trigger>> groups,
                                               Map<Family, Candidate> others) {
        Trigger speech = groups.get(Family.STATEMENT).get(0);
        int comma = sentence.text().lastIndexOf(',', speech.start() - sentence.start());
        boolean contentBefore = comma > 0 && speech.start() - sentence.start() - comma < 60;
        int from = contentBefore ? sentence.start() : speech.end();
        int to = contentBefore ? sentence.start() + comma : sentence.end();
        for (Map.Entry<Family, Candidate> other : others.entrySet()) {
            if (other.getValue().needsDate()) {
                continue;
            }
            for (Trigger trigger : groups.get(other.getKey())) {
                if (trigger.start() >= from && trigger.end() <= to) {
                    return true;
                }
            }
        }
        return false;
    }
}
