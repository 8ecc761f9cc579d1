package org.negotiationtracker.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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
    private static final Set<String> ANAPHORS = Set.of("these", "this", "the", "they", "such", "those", "both",
            "two", "sides", "leaders", "ministers", "delegations");

    private static final java.util.regex.Pattern BEFORE_VERB = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:(?:will|would|shall|may|might|could|can|have|has|had|are|is|were|was|be|been|also|jointly"
            + "|again|now|then|finally|to|have\\s+been)\\s+)*");
    private static final java.util.regex.Pattern BETWEEN_SUBJECTS = java.util.regex.Pattern.compile(
            "\\s*(?:,|and|,\\s*and)\\s*");
    private static final java.util.regex.Pattern AT_OR_AFTER_MEETING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:after|following|on the (?:sidelines|margins) of|at the end of)\\s+(?:the|this|their|these|today's)?"
            + "\\s*(?:\\w+\\s+){0,2}(?:talks|meeting|meetings|summit|negotiations|consultations|session|round)\\b");
    private static final java.util.regex.Pattern DEADLINE_OR_START = java.util.regex.Pattern.compile(
            "(?i)\\b(?:by|until|till|since|no later than|ahead of|before)\\s+(?:the\\s+end\\s+of\\s+)?\\S+[^\\s]*\\s*\\S*$");
    private static final java.util.regex.Pattern SPEAKER_AFTER_VERB = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:,\\s*)?(?:to\\s+(?:the\\s+)?)?");
    private static final java.util.regex.Pattern AT_A_DISTANCE = java.util.regex.Pattern.compile(
            "(?i)\\b(phone|telephone|call|video|letter|online|virtual\\w*|remote\\w*|exchange of notes)\\b");
    private static final java.util.regex.Pattern PAGE_STAMP_LABEL = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:(?:date|dated|updated|published|posted)\\s*:?\\s*)?");
    /**
     * From an event word to a side it names: "between" within a few words, then no clause break. "With" names a
     * side only of talks someone holds ("will hold talks with China"): "briefed X on the talks with China" names
     * what the briefing was about.
     */
    private static final java.util.regex.Pattern SIDES = sidesAfter("between");
    private static final java.util.regex.Pattern SIDES_OF_HELD_TALKS = sidesAfter("between|with");
    private static final java.util.regex.Pattern FORWARD = java.util.regex.Pattern.compile(
            "(?i)\\b(later|next|coming|tomorrow|upcoming)\\b");
    private static final Pattern DESCRIBED_EVENT = Pattern.compile("\\s+(summit|meeting|conference|forum|talks)s?\\b");
    private static final Pattern DESCRIBED_OFFICIAL = Pattern.compile(
            "\\s+(official|aide|spokes\\w*|source|diplomat)s?\\b");
    private static final Pattern DEFINITE = Pattern.compile("(?i)\\b(?:the|this|that)\\s+(?:[\\w-]+\\s+){0,2}$");
    private static final Set<String> SPEAKER_WORDS = Set.of("he", "she", "official", "aide", "spokesman",
            "spokeswoman", "spokesperson", "diplomat", "minister", "envoy", "negotiator");

    /** At most this many words after its last event word, a cut-off sentence lost what it would have told. */
    private static final int CUT_OFF_WORDS = 3;
    /** Words no sentence ends with: a sentence ending so was cut off. */
    private static final Set<String> CUT_OFF_ENDINGS = Set.of("the", "a", "an", "of", "to", "in", "on", "and", "or",
            "but", "that", "with", "for", "by", "from", "as", "his", "her", "their", "its");

    /** How far back the days of the article's own news go. */
    private static final int CURRENT_DAYS = 7;
    /** What a comma between a trigger and a mention adds to their distance, in characters. */
    private static final int CLAUSE_DISTANCE = 40;

    private final Gazetteer gazetteer;
    private final LocalDate published;
    private final String datelineCity;
    private final int datelineEnd;
    /** The sides of the topic the article is read for: who "the talks" are between when the text names no one. */
    private final List<Actor> topicSides;
    /** The current sentence's dates of a report ("said on Friday"): they date its statement only. */
    private List<DateMention> reportDates = List.of();

    SentenceReader(Gazetteer gazetteer, LocalDate published, String datelineCity, int datelineEnd,
                   List<Actor> topicSides) {
        this.topicSides = List.copyOf(topicSides);
        this.gazetteer = gazetteer;
        this.published = published;
        this.datelineCity = datelineCity;
        this.datelineEnd = datelineEnd;
    }

    /** Triggers of one family and one time direction make one candidate. */
    private record Group(Family family, boolean future) {
    }

    /** State carried from sentence to sentence: the last day named, the last meeting's participants. */
    static final class Memory {
        LocalDate anchor;
        List<Actor> lastMeetingActors = List.of();
        List<String> lastMeetingSurfaces = List.of();
        String lastMeetingLocation;
        int sentencesSinceMeeting = 99;
        /** The day of the last meeting held, and the words that dated it: a statement "after the talks" was made then. */
        PartialDate lastHeldMeeting;
        String lastHeldMeetingExpression;
        Mention lastSpeaker;
        /** The two people the last sentence naming two or more named first, and the day that sentence named. */
        List<Mention> lastPair = List.of();
        LocalDate lastPairDay;
        int sentencesSincePair = 99;
    }

    List<Candidate> read(Sentence sentence, List<Mention> allMentions, Memory memory, boolean headline) {
        memory.sentencesSinceMeeting++;
        LocalDate anchorBefore = memory.anchor;
        List<DateMention> found = DateGrammar.find(sentence);
        List<Candidate> candidates = candidates(sentence, found, allMentions, memory, headline);
        for (DateMention date : found) {
            Resolved resolved = date.attributive() ? null
                    : date.resolve(new Context(published, Direction.UNKNOWN, anchorBefore));
            if (resolved != null && resolved.date().precision() == PartialDate.Precision.DAY && resolved.end() == null) {
                memory.anchor = resolved.date().firstDay();
            }
        }
        for (Candidate candidate : candidates) {
            if (candidate.dated() && candidate.date().precision() == PartialDate.Precision.DAY) {
                memory.anchor = candidate.date().firstDay();
            }
        }
        rememberPair(sentence, allMentions, memory, anchorBefore);
        return candidates;
    }

    /**
     * "Meanwhile, the head of the delegation said the": a page whose text stops mid-sentence. An event word in
     * its last few words lost what it would have told; the sentence's earlier ones keep theirs.
     */
    private static List<Trigger> withoutCutOff(Sentence sentence, List<Trigger> triggers) {
        String text = sentence.text().stripTrailing();
        int space = text.lastIndexOf(' ');
        if (space < 0 || !CUT_OFF_ENDINGS.contains(text.substring(space + 1).toLowerCase(Locale.ROOT))) {
            return triggers;
        }
        return triggers.stream().filter(t -> sentence.tokens().size() - t.tokenIndex() > CUT_OFF_WORDS).toList();
    }

    private static void rememberPair(Sentence sentence, List<Mention> allMentions, Memory memory,
                                     LocalDate anchorBefore) {
        memory.sentencesSincePair++;
        List<Mention> people = new ArrayList<>();
        for (Mention mention : allMentions) {
            if (mention.start() >= sentence.start() && mention.end() <= sentence.end()
                    && mention.entry().kind() == Kind.PERSON
                    && people.stream().noneMatch(p -> p.entry().name().equals(mention.entry().name()))) {
                people.add(mention);
            }
        }
        if (people.size() >= 2) {
            memory.lastPair = people.subList(0, 2);
            memory.lastPairDay = java.util.Objects.equals(memory.anchor, anchorBefore) ? null : memory.anchor;
            memory.sentencesSincePair = 0;
        }
    }

    private List<Candidate> candidates(Sentence sentence, List<DateMention> sentenceDates, List<Mention> allMentions,
                                       Memory memory, boolean headline) {
        List<Trigger> triggers = withoutCutOff(sentence, Lexicon.triggers(sentence));
        if (triggers.isEmpty()) {
            return List.of();
        }
        List<Mention> mentions = new ArrayList<>(allMentions.stream()
                .filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end())
                .filter(m -> !describesSomethingElse(sentence, m, allMentions)).toList());
        mentions.addAll(RoleReferences.find(sentence, mentions, gazetteer.entries(), published));
        mentions.addAll(BlocReferences.find(sentence, allMentions));
        List<DateMention> found = sentenceDates.stream()
                .filter(d -> !d.attributive() && d.start() >= datelineEnd && !isPageStamp(sentence, d)).toList();
        List<DateMention> dates = found.stream().filter(d -> !datesAReport(sentence, d)).toList();
        reportDates = found.stream().filter(d -> datesAReport(sentence, d)).toList();

        Map<Group, List<Trigger>> groups = new LinkedHashMap<>();
        for (Trigger trigger : triggers) {
            if (!trigger.negated()) {
                Family family = trigger.family() == Family.SCHEDULING ? Family.MEETING : trigger.family();
                boolean future = trigger.future() || trigger.family() == Family.SCHEDULING;
                groups.computeIfAbsent(new Group(family, future), g -> new ArrayList<>()).add(trigger);
            }
        }
        List<Trigger> live = groups.values().stream().flatMap(List::stream).toList();
        if (live.isEmpty()) {
            return List.of();
        }
        movePlansAhead(sentence, groups, live, dates);
        dropProposedMeetings(sentence, groups);
        absorbCalledOffMeetings(sentence, groups);
        agreedToCallOff(sentence, groups);
        Group speech = groups.keySet().stream().filter(g -> g.family() == Family.STATEMENT && !g.future())
                .findFirst().orElse(null);
        Candidate statement = null;
        if (speech != null) {
            statement = candidate(sentence, speech, groups.get(speech), live, mentions, dates, memory, headline, null);
        }
        Map<Group, Candidate> byGroup = new LinkedHashMap<>();
        for (Map.Entry<Group, List<Trigger>> group : groups.entrySet()) {
            if (group.getKey().equals(speech)) {
                continue;
            }
            Candidate candidate = candidate(sentence, group.getKey(), group.getValue(), live, mentions, dates, memory,
                    headline, statement);
            if (candidate != null) {
                byGroup.put(group.getKey(), candidate);
            }
        }
        absorbSetting(groups, byGroup);
        shareSubject(sentence, groups, byGroup);
        impliedMeeting(sentence, groups, byGroup);
        agreedWhereTheyMet(groups, byGroup);
        List<Candidate> candidates = new ArrayList<>(byGroup.values());
        // A government speaking for itself ("Ruritania declared a halt to the talks") is told by the act it declares
        boolean governmentActs = statement != null && !byGroup.isEmpty()
                && statement.actors().stream().allMatch(a -> "government".equals(a.role()));
        if (statement != null && !governmentActs && !reportsAnotherEvent(sentence, groups, speech, byGroup)) {
            candidates.add(statement);
        }
        return candidates;
    }

    /**
     * @param speaker the sentence's statement, whose speaker and date a demand, proposal or agreement it reports takes
     *                ("The key condition is X, the ministry said on Friday"; "announced that a ceasefire had been reached")
     */
    private Candidate candidate(Sentence sentence, Group key, List<Trigger> group, List<Trigger> live,
                                List<Mention> mentions, List<DateMention> dates, Memory memory, boolean headline,
                                Candidate speaker) {
        Family family = key.family();
        List<Mention> actorMentions = new ArrayList<>();
        List<Mention> countryMentions = new ArrayList<>();
        List<Mention> places = new ArrayList<>();
        for (Mention mention : mentions) {
            boolean ours = group.contains(nearest(sentence, live, mention.start(), mention.end()));
            Kind kind = mention.entry().kind();
            if ((kind == Kind.PERSON || kind == Kind.INSTITUTION) && ours && mention.start() >= datelineEnd) {
                actorMentions.add(mention);
            }
            boolean government = (kind == Kind.COUNTRY && !isVenue(sentence, mention))
                    || (kind == Kind.PLACE && "capital".equals(mention.entry().role()) && !isLocation(sentence, mention));
            if (government && mention.start() >= datelineEnd) {
                countryMentions.add(mention);
            }
            if ((kind == Kind.PLACE || kind == Kind.COUNTRY) && ours && isLocation(sentence, mention)) {
                places.add(mention);
            }
        }
        DateMention date = null;
        boolean datesThePlan = false;
        for (DateMention d : dates) {
            if (Dependencies.namesAThing(sentence, live, d.start(), d.end())) {
                continue;
            }
            Trigger governor = Dependencies.governing(sentence, live, d.start(), d.end());
            if (governor == Dependencies.NO_EVENT) {
                continue;
            }
            Trigger owner = governor != null ? governor
                    : nearest(sentence, dateOwners(sentence, live, d), d.start(), d.end());
            // A call-off is dated by the day the meeting it calls off was planned for, not by the day it was called off
            boolean plannedDay = family == Family.CANCELLATION && CALLED_OFF.contains(owner.family());
            if (group.contains(owner) && (date == null || (plannedDay && !datesThePlan)
                    || (plannedDay == datesThePlan && distance(group, d) < distance(group, date)))) {
                date = d;
                datesThePlan = plannedDay;
            }
        }
        if (date == null && !key.future() && dates.size() == 1 && group.stream().anyMatch(Trigger::verbal)
                && liesBehind(dates.get(0), memory)
                && !Dependencies.saidToLieAhead(sentence, live, dates.get(0).start(), dates.get(0).end())
                && !(family == Family.STATEMENT && datesAPlan(sentence, live, dates.get(0)))) {
            date = dates.get(0);
        }
        if (date == null && key.future() && PLANNED_OCCASIONS.contains(family) && dates.size() == 1
                && group.stream().anyMatch(Trigger::verbal) && datesNoOtherEvent(sentence, live, dates.get(0))) {
            // "are to sign the agreement on Thursday": the parser hung the day on the agreement, which as a noun
            // ahead tells nothing; the only day of a sentence about a coming signing is the signing's
            date = dates.get(0);
        }
        boolean reportedAsDone = !key.future() && group.stream().anyMatch(t -> t.verbal() && t.presentOrPerfect()
                && sentence.tokens().get(t.tokenIndex()).isPastVerb());
        if (date == null && (family == Family.STATEMENT || reportedAsDone) && !reportDates.isEmpty()) {
            // "has suspended the talks, the ministry said on Tuesday": done by the day the report names
            date = reportDates.get(0);
        }
        boolean future = key.future();
        boolean pastVerb = group.stream().anyMatch(t -> t.verbal() && sentence.tokens().get(t.tokenIndex()).isPastVerb())
                && !future;
        Direction direction = future ? Direction.FUTURE : family == Family.CANCELLATION ? Direction.NEAREST
                : (pastVerb || family != Family.MEETING) ? Direction.PAST : Direction.UNKNOWN;
        Resolved resolved = date == null ? null
                : date.resolve(new Context(published, direction, memory.anchor));
        if (date != null && (resolved == null || undecidedPeriod(family, group, future, resolved))) {
            resolved = null;
            date = null;
        }
        EventType type = type(family, future, resolved);
        if (type == null) {
            return null;
        }
        if (resolved != null && !isPlan(type) && (resolved.date().firstDay().isAfter(published)
                || isDeadlineOrStart(sentence, date))) {
            resolved = null;
            date = null;
        }
        if (resolved == null && family == Family.STATEMENT && memory.lastHeldMeeting != null
                && AT_OR_AFTER_MEETING.matcher(sentence.text()).find()) {
            resolved = new Resolved(memory.lastHeldMeeting, null);
            date = new DateMention(memory.lastHeldMeetingExpression, 0, 0, false, c -> null);
        }
        // An article of the morning after talks: what was said, on no day of its own, was said at them
        if (resolved == null && family == Family.STATEMENT && memory.lastHeldMeeting != null
                && memory.lastHeldMeeting.equals(PartialDate.ofDay(published.minusDays(1)))
                && group.stream().anyMatch(t -> t.verbal() && !t.presentOrPerfect()
                && sentence.tokens().get(t.tokenIndex()).isPastVerb())) {
            resolved = new Resolved(memory.lastHeldMeeting, null);
            date = new DateMention(memory.lastHeldMeetingExpression, 0, 0, false, c -> null);
        }

        actorMentions.removeIf(m -> m.entry().kind() == Kind.PERSON && Commentators.isCommentator(sentence, m));
        Trigger speech = speakingWord(group);
        if (family == Family.STATEMENT) {
            actorMentions.removeIf(m -> !isSpeaker(sentence, speech, m));
        }
        if (family == Family.STATEMENT && actorMentions.isEmpty() && memory.lastSpeaker != null
                && refersToSpeaker(sentence, speech)) {
            actorMentions.add(memory.lastSpeaker);
        }
        if (family == Family.STATEMENT) {
            actorMentions.stream().filter(m -> m.entry().kind() == Kind.PERSON).findFirst()
                    .ifPresent(m -> memory.lastSpeaker = m);
        }
        List<Actor> actors = new ArrayList<>();
        List<String> surfaces = new ArrayList<>();
        actorMentions.forEach(m -> addActor(actors, surfaces, m));
        if (!actorMentions.isEmpty() && family != Family.STATEMENT && family != Family.BRIEFING) {
            subjectCountries(sentence, group, countryMentions).forEach(c -> addCountryActor(actors, surfaces, c));
        }
        List<Mention> speakingCountries = family == Family.STATEMENT && actorMentions.isEmpty()
                ? speakingCountries(sentence, group, countryMentions) : List.of();
        speakingCountries.forEach(c -> addCountryActor(actors, surfaces, c));
        boolean reported = speaker != null && (family == Family.DEMAND || family == Family.PROPOSAL
                || (family == Family.AGREEMENT && actors.isEmpty() && group.stream().anyMatch(Trigger::verbal)
                && subjectCountries(sentence, group, countryMentions).isEmpty()));
        if (reported && actors.isEmpty()) {
            actors.addAll(speaker.actors());
            surfaces.addAll(speaker.surfaces());
        }
        if (reported && resolved == null && speaker.dated()) {
            resolved = new Resolved(speaker.date(), speaker.dateEnd());
            date = new DateMention(speaker.dateExpression(), 0, 0, false, c -> null);
        }
        double confidence = 0.5;
        boolean joinsLastMeeting = false;
        if (type == EventType.MEETING_HELD || type == EventType.MEETING_SCHEDULED) {
            if (actors.size() == 1) {
                addNearestOtherPerson(actors, surfaces, mentions.stream()
                        .filter(m -> !reportsOn(sentence, nearest(sentence, live, m.start(), m.end()), group)).toList(), group);
            }
            boolean joining = group.stream().anyMatch(t -> Lexicon.isParticipation(sentence, t));
            if (joining && !actors.isEmpty() && !memory.lastMeetingActors.isEmpty() && memory.sentencesSinceMeeting <= 3) {
                joinsLastMeeting = true;
                for (int i = 0; i < memory.lastMeetingActors.size(); i++) {
                    Actor actor = memory.lastMeetingActors.get(i);
                    if (actors.stream().noneMatch(a -> a.key().equals(actor.key()))) {
                        actors.add(i, actor);
                        surfaces.add(i, memory.lastMeetingSurfaces.get(i));
                    }
                }
            }
            if (actors.isEmpty() && (mentions.isEmpty() || namesThePair(sentence, group)) && isAnaphoric(sentence, group)
                    && memory.sentencesSinceMeeting <= 3) {
                actors.addAll(memory.lastMeetingActors);
                surfaces.addAll(memory.lastMeetingSurfaces);
                confidence -= 0.15;
            }
        }
        if (actors.isEmpty() && OUTCOMES.contains(family) && namesThePair(sentence, group)
                && memory.sentencesSinceMeeting <= 3 && !memory.lastMeetingActors.isEmpty()) {
            actors.addAll(memory.lastMeetingActors);
            surfaces.addAll(memory.lastMeetingSurfaces);
            confidence -= 0.15;
        }
        if (actors.isEmpty() && memory.sentencesSincePair <= 1 && namesThePair(sentence, group)) {
            memory.lastPair.forEach(m -> addActor(actors, surfaces, m));
            confidence -= 0.15;
            if (resolved == null && memory.lastPairDay != null && !key.future()) {
                resolved = new Resolved(PartialDate.ofDay(memory.lastPairDay), null);
                date = new DateMention(memory.lastPairDay.toString(), 0, 0, false, c -> null);
            }
        }
        if (actors.isEmpty()) {
            int firstTrigger = group.get(0).start();
            for (Mention country : countryMentions) {
                if (country.end() <= firstTrigger || type == EventType.DOCUMENT_SIGNED
                        || isSide(sentence, group, country)) {
                    addCountryActor(actors, surfaces, country);
                }
            }
            confidence -= 0.1;
        }
        // "The talks resumed on Thursday", "the negotiators agreed" in an article about one negotiation, naming no
        // one else: its sides
        boolean presumedSides = false;
        if (actors.isEmpty() && namesNoOneBut(mentions, speaker)
                && ((TALKS_GO_ON.contains(family) && namesTheTalks(sentence, group))
                || ((TALKS_GO_ON.contains(family) || OUTCOMES.contains(family)) && namesTheSides(sentence, group)))) {
            topicSides.forEach(side -> {
                actors.add(side);
                surfaces.add(side.name());
            });
            presumedSides = true;
            confidence -= 0.15;
        }
        if (actors.isEmpty() && !(family == Family.AGREEMENT || family == Family.SIGNING || family == Family.DEMAND)) {
            return null;
        }
        if (type == EventType.STATEMENT_ISSUED && actorMentions.isEmpty() && speakingCountries.isEmpty()) {
            return null;
        }

        PartialDate eventDate;
        PartialDate end = null;
        boolean needsDate = false;
        boolean flexibleDate = false;
        if (resolved != null) {
            eventDate = resolved.date();
            end = resolved.end();
            confidence += 0.15;
        } else {
            eventDate = PartialDate.ofDay(published);
            boolean verbal = group.stream().anyMatch(Trigger::verbal);
            boolean earlier = pluperfect(sentence, group);
            boolean current = verbal && !earlier && (headline || group.stream().anyMatch(Trigger::presentOrPerfect));
            boolean reportVerb = type == EventType.STATEMENT_ISSUED || type == EventType.DEMAND_MADE
                    || type == EventType.BRIEFING_HELD || type == EventType.PROPOSAL_MADE;
            // A headline's present tense ("Leaders meet") tells the news the body dates ("met on Monday")
            flexibleDate = (reportVerb && (verbal || reported) && !earlier) || (headline && current);
            needsDate = type == EventType.MEETING_SCHEDULED || !(current || flexibleDate) || joinsLastMeeting;
        }
        if (family == Family.CANCELLATION && date != null && !datesThePlan) {
            // A call-off is dated by the day of the meeting it calls off, which another sentence may give
            // (CalledOffPlans); the day it was called off ("in a letter released on Thursday") stands in till then
            flexibleDate = true;
        }
        if (needsDate && presumedSides) {
            // Undated, it could only lend the topic's sides to an event another sentence tells with its own
            return null;
        }
        if (group.stream().anyMatch(Trigger::verbal)) {
            confidence += 0.2;
        }
        if (actors.size() >= 2) {
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
        if (type == EventType.MEETING_HELD && !needsDate && eventDate.precision() == PartialDate.Precision.DAY) {
            memory.lastHeldMeeting = eventDate;
            memory.lastHeldMeetingExpression = date == null ? null : date.expression();
        }
        if (location == null && datelineCity != null && eventDate.equals(PartialDate.ofDay(published))
                && type != EventType.MEETING_SCHEDULED && !needsDate) {
            location = datelineCity;
            rank = 0;
        }
        String subject = switch (type) {
            case DEMAND_MADE, PROPOSAL_MADE, AGREEMENT_REACHED, DOCUMENT_SIGNED -> Subjects.of(sentence, group.get(0));
            default -> null;
        };
        boolean recalled = resolved != null && pluperfect(sentence, group)
                && eventDate.lastDay().isBefore(published.minusDays(CURRENT_DAYS));
        return new Candidate(type, eventDate, end, date == null ? null : date.expression(), resolved != null,
                needsDate, flexibleDate, actors, surfaces, location, rank, subject, sentence,
                Math.max(0.05, Math.min(1.0, confidence)), recalled);
    }

    /**
     * "agreed at the Singapore summit": a meeting named only by a noun, in a sentence whose verb is an agreement
     * or a signing, is where that happened, not an event of its own; its participants are the agreement's.
     * Likewise "signed an agreement" is a signing, not a second event.
     */
    private static void absorbSetting(Map<Group, List<Trigger>> groups, Map<Group, Candidate> byGroup) {
        Group agreementNoun = new Group(Family.AGREEMENT, false);
        if (byGroup.containsKey(agreementNoun) && groups.get(agreementNoun).stream().noneMatch(Trigger::verbal)
                && groups.getOrDefault(new Group(Family.SIGNING, false), List.of()).stream().anyMatch(Trigger::verbal)) {
            byGroup.remove(agreementNoun);
        }
        Group meeting = new Group(Family.MEETING, false);
        Candidate setting = byGroup.get(meeting);
        if (setting == null || groups.get(meeting).stream().anyMatch(Trigger::verbal)) {
            return;
        }
        for (Family family : List.of(Family.AGREEMENT, Family.SIGNING)) {
            Group outcome = new Group(family, false);
            Candidate agreed = byGroup.get(outcome);
            if (agreed != null && groups.get(outcome).stream().anyMatch(Trigger::verbal)) {
                byGroup.put(outcome, agreed.joinedWith(setting));
                byGroup.remove(meeting);
                return;
            }
        }
    }

    /** "After signing the declaration, X and Y ...": a participle opening the sentence has its main clause's subject. */
    private static boolean isOpeningParticiple(Sentence sentence, Trigger trigger) {
        String word = sentence.tokens().get(trigger.tokenIndex()).lower();
        return word.endsWith("ing") && sentence.text().indexOf(',', trigger.end() - sentence.start()) > 0
                && trigger.tokenIndex() <= 2;
    }

    /**
     * "X and Y met ... and agreed to ...": the second verb of a sentence shares the subject of the first, so an
     * agreement, signing or demand found without actors takes those of the sentence's first verbal event.
     */
    private static void shareSubject(Sentence sentence, Map<Group, List<Trigger>> groups, Map<Group, Candidate> byGroup) {
        Candidate first = null;
        int firstStart = Integer.MAX_VALUE;
        for (Map.Entry<Group, Candidate> entry : byGroup.entrySet()) {
            Trigger verb = groups.get(entry.getKey()).stream().filter(Trigger::verbal).findFirst().orElse(null);
            if (verb != null && verb.start() < firstStart && !entry.getValue().countryActorsOnly()) {
                first = entry.getValue();
                firstStart = verb.start();
            }
        }
        if (first == null) {
            return;
        }
        int subjectVerb = firstStart;
        for (Map.Entry<Group, Candidate> entry : byGroup.entrySet()) {
            Candidate candidate = entry.getValue();
            Family family = entry.getKey().family();
            boolean later = groups.get(entry.getKey()).stream().anyMatch(t -> t.verbal()
                    && (t.start() > subjectVerb || isOpeningParticiple(sentence, t)));
            if (candidate != first && later && candidate.countryActorsOnly()
                    && (family == Family.AGREEMENT || family == Family.SIGNING || family == Family.DEMAND)) {
                entry.setValue(new Candidate(candidate.type(), candidate.date(), candidate.dateEnd(),
                        candidate.dateExpression(), candidate.dated(), candidate.needsDate(), candidate.flexibleDate(),
                        first.actors(), first.surfaces(), candidate.location(), candidate.locationRank(),
                        candidate.subject(), candidate.sentence(), candidate.confidence(), candidate.recalled()));
            }
        }
    }

    /**
     * "pulled out of the planned meeting", "the talks set for Monday were postponed", "talks broke down": the
     * meeting a sentence calls off or breaks up is not held or scheduled; its words give the cancellation or
     * suspension its participants and date. A meeting verb of another clause ("after X pulled out of the talks,
     * Y held a meeting") is a meeting of its own, and so is any meeting verb beside a suspension ("met, then
     * walked out"): only the call-off's own clause, and the meeting's nouns and plans, are absorbed.
     */
    private static void absorbCalledOffMeetings(Sentence sentence, Map<Group, List<Trigger>> groups) {
        for (Family family : List.of(Family.CANCELLATION, Family.SUSPENSION)) {
            List<Trigger> callOff = groups.get(new Group(family, false));
            if (callOff == null) {
                continue;
            }
            for (boolean ahead : List.of(false, true)) {
                List<Trigger> meeting = groups.get(new Group(Family.MEETING, ahead));
                if (meeting == null) {
                    continue;
                }
                List<Trigger> absorbed = meeting.stream().filter(t -> !t.verbal() || t.family() == Family.SCHEDULING
                        || (family == Family.CANCELLATION && sameClause(sentence, t, callOff.get(0)))).toList();
                callOff.addAll(absorbed);
                meeting.removeAll(absorbed);
                if (meeting.isEmpty()) {
                    groups.remove(new Group(Family.MEETING, ahead));
                }
            }
        }
        List<Trigger> cancelled = groups.get(new Group(Family.CANCELLATION, false));
        for (boolean ahead : List.of(false, true)) {
            List<Trigger> resumption = groups.get(new Group(Family.RESUMPTION, ahead));
            if (cancelled == null || resumption == null) {
                continue;
            }
            // "the forum, which was due to resume on Thursday, has been postponed", "postponed the resumption of
            // the talks": the resumption called off
            List<Trigger> calledOff = resumption.stream().filter(t -> ahead ? plannedInThePast(sentence, t)
                    : !t.verbal() && sameClause(sentence, t, cancelled.get(0))).toList();
            cancelled.addAll(calledOff);
            resumption.removeAll(calledOff);
            if (resumption.isEmpty()) {
                groups.remove(new Group(Family.RESUMPTION, ahead));
            }
        }
    }

    /**
     * "Chile and Peru agreed to delay the next round": what they agreed is the call-off, which is the news; an
     * agreement to call something off is that call-off, not a deal of its own or a sign that they met.
     */
    private static void agreedToCallOff(Sentence sentence, Map<Group, List<Trigger>> groups) {
        for (Family family : List.of(Family.CANCELLATION, Family.SUSPENSION)) {
            List<Trigger> callOff = groups.get(new Group(family, false));
            List<Trigger> agreement = groups.get(new Group(Family.AGREEMENT, false));
            if (callOff == null || agreement == null) {
                continue;
            }
            List<Trigger> agreedTo = agreement.stream().filter(a -> a.verbal() && callOff.stream().anyMatch(c -> {
                Token verb = sentence.tokens().get(c.tokenIndex());
                return verb.head() == a.tokenIndex() && verb.hasRelation("xcomp");
            })).toList();
            callOff.addAll(agreedTo);
            agreement.removeAll(agreedTo);
            if (agreement.isEmpty()) {
                groups.remove(new Group(Family.AGREEMENT, false));
            }
        }
    }

    /** What a call-off calls off: its words date the call-off by the day it was planned for. */
    private static final Set<Family> CALLED_OFF = Set.of(Family.MEETING, Family.SCHEDULING, Family.RESUMPTION);

    private static final Set<String> PAST_PLANNING = Set.of("was", "were", "had");

    /** "was due to resume", "had been expected to resume": a plan as it stood before something changed it. */
    private static boolean plannedInThePast(Sentence sentence, Trigger trigger) {
        int at = trigger.tokenIndex();
        for (int k = Math.max(0, at - 4); k < at; k++) {
            if (PAST_PLANNING.contains(sentence.tokens().get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameClause(Sentence sentence, Trigger a, Trigger b) {
        int from = Math.min(a.end(), b.end()) - sentence.start();
        int to = Math.max(a.start(), b.start()) - sentence.start();
        return from >= to || sentence.text().substring(from, to).indexOf(',') < 0;
    }

    /**
     * "The ministers agreed on Tuesday to continue the talks": two or more sides agreeing on a day of the week
     * the article reports met that day, unless the sentence says it was done at a distance (by phone, in a
     * letter), names the meeting itself, or only reports the agreement in the passive ("announced that a ceasefire
     * had been reached"). An agreement recalled from further back says nothing of a meeting.
     */
    private void impliedMeeting(Sentence sentence, Map<Group, List<Trigger>> groups,
                                       Map<Group, Candidate> byGroup) {
        Group agreement = new Group(Family.AGREEMENT, false);
        Candidate agreed = byGroup.get(agreement);
        boolean meetingNamed = byGroup.keySet().stream().anyMatch(g -> g.family() == Family.MEETING);
        if (agreed == null || meetingNamed || !agreed.dated() || agreed.date().precision() != PartialDate.Precision.DAY
                || agreed.dateEnd() != null
                || agreed.date().firstDay().isBefore(published.minusDays(CURRENT_DAYS))
                || agreed.actors().size() < 2 || groups.get(agreement).stream().noneMatch(Trigger::verbal)
                || groups.get(agreement).stream().anyMatch(t -> Dependencies.passive(sentence.tokens(), t.tokenIndex()))
                || AT_A_DISTANCE.matcher(sentence.text()).find()) {
            return;
        }
        byGroup.put(new Group(Family.MEETING, false), new Candidate(EventType.MEETING_HELD, agreed.date(),
                agreed.dateEnd(), agreed.dateExpression(), true, false, false, agreed.actors(), agreed.surfaces(),
                agreed.location(), agreed.locationRank(), null, sentence, agreed.confidence() - 0.15, agreed.recalled()));
    }

    /**
     * "Ruritania and Freedonia will hold talks, the ministers said": countries written as the subject of the
     * event's verb act in it, whoever else the sentence names.
     */
    private static List<Mention> subjectCountries(Sentence sentence, List<Trigger> group, List<Mention> countries) {
        Trigger verb = group.stream().filter(Trigger::verbal).findFirst().orElse(null);
        List<Mention> subject = new ArrayList<>();
        if (verb == null) {
            return subject;
        }
        int cursor = verb.start();
        for (int i = countries.size() - 1; i >= 0; i--) {
            Mention country = countries.get(i);
            if (country.end() > cursor) {
                continue;
            }
            String gap = sentence.text().substring(country.end() - sentence.start(), cursor - sentence.start());
            if (!(subject.isEmpty() ? BEFORE_VERB : BETWEEN_SUBJECTS).matcher(gap).matches()) {
                break;
            }
            subject.add(0, country);
            cursor = country.start();
        }
        return subject;
    }

    /**
     * "Ruritania on Tuesday rejected the proposal": a country that is, in the parse, the subject of a statement's
     * verb in the past tense speaks when no person or institution does; "a dam Ruritania says is vital" and "had
     * been warning" tell a standing position, not a statement.
     */
    private static List<Mention> speakingCountries(Sentence sentence, List<Trigger> group, List<Mention> countries) {
        Trigger verb = group.stream().filter(Trigger::verbal).findFirst().orElse(null);
        if (verb == null) {
            return List.of();
        }
        Token said = sentence.tokens().get(verb.tokenIndex());
        if (said.analysis() == null || !said.analysis().penn().equals("VBD") || said.hasRelation("relcl")
                || said.hasRelation("acl") || said.hasRelation("advcl")) {
            return List.of();
        }
        Set<Integer> subject = Dependencies.subjectWords(sentence.tokens(), verb.tokenIndex());
        return countries.stream().filter(c -> subject.stream().map(sentence.tokens()::get)
                .anyMatch(t -> t.start() < c.end() && c.start() < t.end())).toList();
    }

    /**
     * The triggers a date may belong to: "X said that on Friday they will meet" dates the meeting, not the saying,
     * so a speech verb introducing what was said does not own the dates after it.
     */
    private static List<Trigger> dateOwners(Sentence sentence, List<Trigger> live, DateMention date) {
        List<Trigger> owners = live.stream().filter(t -> t.family() != Family.STATEMENT || date.start() < t.end()
                || !introducesReportedSpeech(sentence, t)).toList();
        return owners.isEmpty() ? live : owners;
    }

    /**
     * "The leaders agreed to ... when they met on Wednesday for talks hosted by X": an agreement and a meeting the
     * same sentence tells on the same day are one occasion, with the same participants.
     */
    private static void agreedWhereTheyMet(Map<Group, List<Trigger>> groups, Map<Group, Candidate> byGroup) {
        Group agreement = new Group(Family.AGREEMENT, false);
        Group meeting = new Group(Family.MEETING, false);
        Candidate agreed = byGroup.get(agreement);
        Candidate met = byGroup.get(meeting);
        if (agreed == null || met == null || !agreed.date().equals(met.date())
                || groups.get(agreement).stream().noneMatch(Trigger::verbal)
                || groups.getOrDefault(meeting, List.of()).stream().noneMatch(Trigger::verbal)) {
            return;
        }
        byGroup.put(agreement, agreed.joinedWith(met));
        byGroup.put(meeting, met.joinedWith(agreed));
    }

    /** A date the sentence's events share only when it lies behind publication whichever way it is read. */
    private boolean liesBehind(DateMention date, Memory memory) {
        Resolved either = date.resolve(new Context(published, Direction.UNKNOWN, memory.anchor));
        return either != null && !either.date().lastDay().isAfter(published)
                && !FORWARD.matcher(date.expression()).find();
    }

    /**
     * "proposed holding the next round of talks in April": a meeting someone proposes is the proposal's content, not
     * a meeting planned. In the parse, a planned meeting word whose heads reach a proposal's verb before any other
     * verb.
     */
    private static void dropProposedMeetings(Sentence sentence, Map<Group, List<Trigger>> groups) {
        List<Trigger> proposals = groups.get(new Group(Family.PROPOSAL, false));
        List<Trigger> planned = groups.get(new Group(Family.MEETING, true));
        if (proposals == null || planned == null || !Dependencies.parsed(sentence)) {
            return;
        }
        planned.removeIf(meeting -> proposals.stream().anyMatch(proposal -> proposal.verbal()
                && Dependencies.contentOf(sentence.tokens(), meeting.tokenIndex(), proposal.tokenIndex())));
        if (planned.isEmpty()) {
            groups.remove(new Group(Family.MEETING, true));
        }
    }

    /**
     * "a summit, seen taking place during a visit later in January": a meeting dated ahead of publication joins
     * the sentence's planned meeting, whose tense the visit itself does not repeat.
     */
    private void movePlansAhead(Sentence sentence, Map<Group, List<Trigger>> groups, List<Trigger> live,
                                List<DateMention> dates) {
        Group past = new Group(Family.MEETING, false);
        Group ahead = new Group(Family.MEETING, true);
        if (!groups.containsKey(past) || !groups.containsKey(ahead)) {
            return;
        }
        for (DateMention d : dates) {
            Trigger owner = nearest(sentence, live, d.start(), d.end());
            if (groups.get(past).contains(owner) && FORWARD.matcher(d.expression()).find()) {
                groups.get(ahead).addAll(groups.remove(past));
                return;
            }
        }
    }

    /**
     * "to be finalised by June 30", "talks going on since May": a deadline or the start of a state of affairs,
     * which dates no event that happened.
     */
    private static boolean isDeadlineOrStart(Sentence sentence, DateMention date) {
        String before = sentence.text().substring(Math.max(0, date.start() - sentence.start() - 20),
                date.start() - sentence.start());
        return DEADLINE_OR_START.matcher(before + date.expression()).find();
    }

    /** "had announced": a report from before the article's news, which the publication date does not date. */
    private static boolean pluperfect(Sentence sentence, List<Trigger> group) {
        return group.stream().filter(Trigger::verbal).anyMatch(t -> t.tokenIndex() > 0
                && sentence.tokens().get(t.tokenIndex() - 1).lower().equals("had"));
    }

    /**
     * "the talks this week", on a Monday: a meeting named without a verb of its own, in a period that runs on past
     * publication, may have been held or may lie ahead; the period dates neither.
     */
    private boolean undecidedPeriod(Family family, List<Trigger> group, boolean future, Resolved resolved) {
        return family == Family.MEETING && !future && group.stream().noneMatch(Trigger::verbal)
                && resolved.end() != null && resolved.end().lastDay().isAfter(published)
                && !resolved.date().firstDay().isAfter(published);
    }

    /** Only plans, and the plans they call off, may lie after the publication date. */
    private static boolean isPlan(EventType type) {
        return type == EventType.MEETING_SCHEDULED || type == EventType.MEETING_CANCELLED;
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
            case SIGNING -> future ? plannedOccasion(resolved) : EventType.DOCUMENT_SIGNED;
            case BRIEFING -> future ? null : EventType.BRIEFING_HELD;
            case STATEMENT -> future ? null : EventType.STATEMENT_ISSUED;
            case CANCELLATION -> future ? null : EventType.MEETING_CANCELLED;
            case SUSPENSION -> future ? null : EventType.TALKS_SUSPENDED;
            case RESUMPTION -> future ? plannedOccasion(resolved) : EventType.TALKS_RESUMED;
        };
    }

    /**
     * A signing or a resumption of talks set for a coming day is a meeting planned for that day ("will sign the
     * deal on Friday", "talks resume on Monday"); undated, it is only an intention.
     */
    private EventType plannedOccasion(Resolved resolved) {
        return resolved != null && !resolved.date().lastDay().isBefore(published) ? EventType.MEETING_SCHEDULED : null;
    }

    /** The families a coming day makes a planned meeting of ({@link #plannedOccasion}), and nothing without one. */
    private static final Set<Family> PLANNED_OCCASIONS = Set.of(Family.SIGNING, Family.RESUMPTION);

    /** What lies ahead tells no event of these: "a deal", "a statement", "a proposal" still to come. */
    private static final Set<Family> NOTHING_AHEAD = Set.of(Family.AGREEMENT, Family.STATEMENT, Family.PROPOSAL,
            Family.DEMAND, Family.BRIEFING);

    /** The date belongs to no other word that would make an event of it, by the parse. */
    private static boolean datesNoOtherEvent(Sentence sentence, List<Trigger> live, DateMention date) {
        if (Dependencies.namesAThing(sentence, live, date.start(), date.end())) {
            return false;
        }
        Trigger governor = Dependencies.governing(sentence, live, date.start(), date.end());
        return governor == null || governor == Dependencies.NO_EVENT
                || (governor.future() && NOTHING_AHEAD.contains(governor.family()));
    }

    /**
     * The trigger a mention or date belongs to: the nearest one, a comma between them counting as a clause
     * boundary ("after X pulled out of the talks, Y and Z held a meeting": Y and Z held it).
     */
    private static Trigger nearest(Sentence sentence, List<Trigger> triggers, int start, int end) {
        Trigger best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Trigger trigger : triggers) {
            int d = trigger.distanceTo(start, end) + CLAUSE_DISTANCE * commasBetween(sentence, trigger, start, end);
            if (d < bestDistance) {
                bestDistance = d;
                best = trigger;
            }
        }
        return best;
    }

    private static int commasBetween(Sentence sentence, Trigger trigger, int start, int end) {
        int from = Math.min(trigger.end(), end) - sentence.start();
        int to = Math.max(trigger.start(), start) - sentence.start();
        int commas = 0;
        for (int k = Math.max(0, from); k < to; k++) {
            if (sentence.text().charAt(k) == ',') {
                commas++;
            }
        }
        return commas;
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

    /** "X will sign the deal on Friday, the presidency announced": Friday is the signing's, whatever else lies behind. */
    private static boolean datesAPlan(Sentence sentence, List<Trigger> live, DateMention date) {
        Trigger governor = Dependencies.governing(sentence, live, date.start(), date.end());
        return governor != null && governor.future();
    }

    /**
     * "date 2022-06-30 Talks between ...": a numeric date opening a paragraph, bare or labelled, is the page's
     * time stamp (copied in with the text), not the day of anything the sentence tells.
     */
    private static boolean isPageStamp(Sentence sentence, DateMention date) {
        String before = sentence.text().substring(0, date.start() - sentence.start());
        String written = sentence.text().substring(date.start() - sentence.start(), date.end() - sentence.start());
        return PAGE_STAMP_LABEL.matcher(before).matches() && written.matches("[\\d/.-]+");
    }

    /**
     * "negotiations between Iran and the US", "talks in Geneva between the two Koreas", "will hold talks with
     * China": the sides of the event.
     */
    private static boolean isSide(Sentence sentence, List<Trigger> group, Mention country) {
        java.util.regex.Pattern sides = group.stream().anyMatch(Trigger::verbal) ? SIDES_OF_HELD_TALKS : SIDES;
        return group.stream().anyMatch(t -> t.end() <= country.start() && sides.matcher(
                sentence.text().substring(t.end() - sentence.start(), country.start() - sentence.start())).matches());
    }

    private static java.util.regex.Pattern sidesAfter(String prepositions) {
        return java.util.regex.Pattern.compile(
                "(?:\\s+[\\w'’-]+){0,3}?\\s+(?:" + prepositions + ")\\s[^,.;:]{0,80}");
    }

    /**
     * "talks in Sweden", "a city in Belarus": a country named as where something is does not act in it (a
     * visit's host, "visit to Japan", still may).
     */
    private static boolean isVenue(Sentence sentence, Mention mention) {
        String before = (" " + sentence.text().substring(0, mention.start() - sentence.start()))
                .toLowerCase(Locale.ROOT).replaceFirst("\\s+(?:the\\s*)?$", "");
        return before.endsWith(" in") || before.endsWith(" at");
    }

    /** "in Moscow", "visit to Japan", "the Singapore summit"; not "Moscow and Tokyo signed" or "Moscow's view". */
    private static boolean isLocation(Sentence sentence, Mention mention) {
        String before = sentence.text().substring(0, mention.start() - sentence.start()).stripTrailing();
        int space = before.lastIndexOf(' ');
        String word = before.substring(space + 1).toLowerCase(Locale.ROOT);
        if (LOCATION_PREPOSITIONS.contains(word)) {
            return true;
        }
        String after = sentence.text().substring(mention.end() - sentence.start()).toLowerCase(Locale.ROOT);
        return mention.entry().kind() == Kind.PLACE
                && after.matches("(?s)^\\s+(summit|conference|talks|meeting|forum|round)\\b.*");
    }

    /**
     * Whether a speech trigger reports the event rather than takes part in it: "X recalled that they met",
     * "they met, X said"; but "X said at a meeting with Y" puts X at the table.
     */
    private static boolean reportsOn(Sentence sentence, Trigger speech, List<Trigger> event) {
        if (speech.family() != Family.STATEMENT) {
            return false;
        }
        if (event.get(0).start() < speech.start()) {
            return true;
        }
        int next = speech.tokenIndex() + 1;
        while (next < sentence.tokens().size() && sentence.tokens().get(next).tag().equals("ADP")) {
            next++;
        }
        String word = next < sentence.tokens().size() ? sentence.tokens().get(next).lower() : "";
        return word.equals("that") || word.equals("\"") || word.equals("“");
    }

    /**
     * "Kremlin aide Yuri Ushakov", "Putin's aide": the institution or person only describes the speaker; "the G20
     * summit" names an event, not a participant, and "the Kremlin official" one the text named before. An official
     * it does not name ("a senior State Department official said") speaks for the institution: it is the only one
     * the sentence gives.
     */
    private static boolean describesSomethingElse(Sentence sentence, Mention mention, List<Mention> allMentions) {
        String after = sentence.text().substring(mention.end() - sentence.start()).toLowerCase(Locale.ROOT);
        if (mention.entry().kind() == Kind.PERSON) {
            return after.matches("(?s)^['’]s?\\s+(?:[\\w-]+\\s+){0,3}(aide|spokes\\w*|office|official|adviser|advisor)s?\\b.*");
        }
        if (mention.entry().kind() != Kind.INSTITUTION) {
            return false;
        }
        if (DESCRIBED_EVENT.matcher(after).lookingAt()) {
            return true;
        }
        Matcher official = DESCRIBED_OFFICIAL.matcher(after);
        if (!official.lookingAt()) {
            return false;
        }
        String before = sentence.text().substring(0, mention.start() - sentence.start());
        if (DEFINITE.matcher(before).find() || mention.surface().toLowerCase(Locale.ROOT).startsWith("the ")) {
            // "The Kremlin official pointed out": the official the text has named already
            return true;
        }
        int officialEnd = mention.end() + official.end();
        return allMentions.stream().anyMatch(m -> m.entry().kind() == Kind.PERSON && m.start() >= officialEnd
                && m.end() <= sentence.end()
                && sentence.text().substring(officialEnd - sentence.start(), m.start() - sentence.start())
                .matches("[\\s,]*"));
    }

    /**
     * Who speaks: a name before the speech verb ("X said", "X, the minister, said"), or right after it ("said X",
     * "according to X"); a name inside what was said ("said the X resolutions would be lifted") does not.
     */
    private static boolean isSpeaker(Sentence sentence, Trigger speech, Mention mention) {
        if (mention.end() <= speech.start()) {
            return true;
        }
        String gap = sentence.text().substring(speech.end() - sentence.start(), Math.max(speech.end(),
                mention.start()) - sentence.start());
        return SPEAKER_AFTER_VERB.matcher(gap).matches();
    }

    /** "In a closing statement, the minister said": the verb, where there is one, tells who speaks and what. */
    private static Trigger speakingWord(List<Trigger> speech) {
        return speech.stream().filter(Trigger::verbal).findFirst().orElse(speech.get(0));
    }

    /** "he said", "the Kremlin official pointed out": the speaker is the last person quoted by name. */
    private static boolean refersToSpeaker(Sentence sentence, Trigger speech) {
        for (int k = Math.max(0, speech.tokenIndex() - 3); k < speech.tokenIndex(); k++) {
            if (SPEAKER_WORDS.contains(sentence.tokens().get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X said the two ministers will meet again": "the two" or "both" before a word for sides or delegates names the
     * pair of the last meeting, whoever else the sentence names (here the speaker).
     */
    private static boolean namesThePair(Sentence sentence, List<Trigger> group) {
        int first = group.get(0).tokenIndex();
        for (int k = Math.max(1, first - 4); k < first; k++) {
            String word = sentence.tokens().get(k - 1).lower();
            String next = sentence.tokens().get(k).lower();
            if ((word.equals("two") || word.equals("both")) && PAIRS.contains(next)) {
                return true;
            }
        }
        return false;
    }

    /** What talks themselves do: take place, stop, start again, or are called off. */
    private static final Set<Family> TALKS_GO_ON = Set.of(Family.MEETING, Family.SUSPENSION, Family.RESUMPTION,
            Family.CANCELLATION);

    private static final Set<String> TALKS = Set.of("talks", "negotiations", "round", "dialogue", "consultations",
            "session", "forum");

    /** "The talks", "the fourth round": the negotiation itself, named with "the" before the event's word. */
    private static boolean namesTheTalks(Sentence sentence, List<Trigger> group) {
        int first = group.get(0).tokenIndex();
        for (int k = Math.max(1, first - 6); k <= first; k++) {
            if (TALKS.contains(sentence.tokens().get(k).lower()) && determinedBy(sentence, k, THE)) {
                return true;
            }
        }
        return Dependencies.parsed(sentence) && (subjectIsTheTalks(sentence.tokens(), first)
                || objectIsTheTalks(sentence.tokens(), first));
    }

    /** "postponed the talks", "called off the resumption of the forum": what the verb acts on is the talks. */
    private static boolean objectIsTheTalks(List<Token> tokens, int verb) {
        for (int k = 0; k < tokens.size(); k++) {
            Token.Analysis object = tokens.get(k).analysis();
            if (object.head() == verb && object.relation().equals("dobj")) {
                int noun = k;
                for (int hops = 0; hops < 2 && noun >= 0 && !TALKS.contains(tokens.get(noun).lower()); hops++) {
                    noun = Dependencies.ofObject(tokens, noun);
                }
                if (noun >= 0 && TALKS.contains(tokens.get(noun).lower())
                        && ownDeterminers(tokens, noun).allMatch(THE::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Talks between the government and the rebels are set to resume", "the next round of the talks, initially
     * planned for March 14, had been postponed": the verb's subject, however far before it, is the talks, with no
     * determiner that makes them other talks than the topic's.
     */
    private static boolean subjectIsTheTalks(List<Token> tokens, int word) {
        return subjectsOfJoinedVerb(tokens, word).anyMatch(k -> TALKS.contains(tokens.get(k).lower())
                && ownDeterminers(tokens, k).allMatch(THE::contains));
    }

    /**
     * The subjects (active or passive) of the verb the word is, or of the verb it is joined to ("spoke ... and
     * agreed", "are set to resume").
     */
    private static IntStream subjectsOfJoinedVerb(List<Token> tokens, int word) {
        int verb = word;
        while (JOINED.contains(tokens.get(verb).analysis().relation()) && tokens.get(verb).analysis().head() >= 0) {
            verb = tokens.get(verb).analysis().head();
        }
        int head = verb;
        return IntStream.range(0, tokens.size()).filter(k -> tokens.get(k).analysis().head() == head
                && tokens.get(k).analysis().relation().startsWith("nsubj"));
    }

    private static Stream<String> ownDeterminers(List<Token> tokens, int noun) {
        return tokens.stream().filter(t -> t.analysis().head() == noun && t.analysis().relation().equals("det"))
                .map(Token::lower);
    }

    private static final Set<String> THE = Set.of("the", "these", "this", "those");

    /** One of the determiners right before the word, or with one word between ("the fourth round"). */
    private static boolean determinedBy(Sentence sentence, int word, Set<String> determiners) {
        return determiners.contains(sentence.tokens().get(word - 1).lower())
                || (word >= 2 && determiners.contains(sentence.tokens().get(word - 2).lower()));
    }

    /**
     * No person, body or country but the one who reports it ("the talks were put off, the ministry said") and the
     * topic's own countries ("the forum for South Sudan"), and the dateline's agency: places and dates only.
     */
    private boolean namesNoOneBut(List<Mention> mentions, Candidate speaker) {
        return mentions.stream().allMatch(m -> m.entry().kind() == Kind.PLACE || m.start() < datelineEnd
                || (speaker != null && speaker.actors().stream().anyMatch(a -> a.name().equals(m.entry().name())))
                || (m.entry().kind() == Kind.COUNTRY && isTopicSide(m.entry().country())));
    }

    private boolean isTopicSide(String country) {
        return country != null && topicSides.stream().anyMatch(side -> country.equals(side.country()));
    }

    /** "The negotiators", "both countries", "the two foreign ministers" before the event's word. */
    private static boolean namesTheSides(Sentence sentence, List<Trigger> group) {
        int first = group.get(0).tokenIndex();
        for (int k = Math.max(1, first - 4); k < first; k++) {
            if (PAIRS.contains(sentence.tokens().get(k).lower()) && determinedBy(sentence, k, SIDES_DETERMINERS)) {
                return true;
            }
        }
        return Dependencies.parsed(sentence) && subjectNamesTheSides(sentence.tokens(), first);
    }

    /** "The two foreign ministers spoke by telephone on Sunday and agreed": the subject of the verb it joins. */
    private static boolean subjectNamesTheSides(List<Token> tokens, int word) {
        return subjectsOfJoinedVerb(tokens, word).anyMatch(k -> PAIRS.contains(tokens.get(k).lower())
                && tokens.stream().anyMatch(modifier -> modifier.analysis().head() == k
                && SIDES_DETERMINERS.contains(modifier.lower())));
    }

    private static final Set<String> JOINED = Set.of("conj", "xcomp");

    private static final Set<String> SIDES_DETERMINERS = Set.of("the", "both", "two");

    /** What the sides of a meeting come to together: "the two sides signed", "both delegations agreed". */
    private static final Set<Family> OUTCOMES = Set.of(Family.AGREEMENT, Family.SIGNING, Family.SUSPENSION,
            Family.RESUMPTION);

    private static final Set<String> PAIRS = Set.of("sides", "leaders", "ministers", "delegations", "countries",
            "presidents", "envoys", "negotiators", "parties", "governments", "heads", "teams");

    private static boolean isAnaphoric(Sentence sentence, List<Trigger> group) {
        int first = group.get(0).tokenIndex();
        for (int k = Math.max(0, first - 6); k < first; k++) {
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
    private static boolean reportsAnotherEvent(Sentence sentence, Map<Group, List<Trigger>> groups, Group speech,
                                               Map<Group, Candidate> others) {
        Trigger verb = speakingWord(groups.get(speech));
        int comma = sentence.text().lastIndexOf(',', verb.start() - sentence.start());
        boolean contentBefore = comma > 0 && verb.start() - sentence.start() - comma < 60;
        int from = contentBefore ? sentence.start() : verb.end();
        int to = contentBefore ? sentence.start() + comma : sentence.end();
        boolean onlyVerbs = !contentBefore && !introducesReportedSpeech(sentence, verb);
        for (Map.Entry<Group, Candidate> other : others.entrySet()) {
            if (other.getValue().needsDate() || other.getKey().future()) {
                continue;
            }
            for (Trigger trigger : groups.get(other.getKey())) {
                // "regret over the postponement of the talks set to open on Wednesday": the plan is what was
                // called off, not what was said
                boolean said = onlyVerbs ? trigger.verbal() && !trigger.future() : true;
                if (trigger.start() >= from && trigger.end() <= to && said) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "said that", "said:", "said \"...": what follows is what was said. Otherwise a noun event after the verb is
     * what the statement is about ("expressed regret over the postponement"), not what it reports.
     */
    private static boolean introducesReportedSpeech(Sentence sentence, Trigger verb) {
        int next = verb.tokenIndex() + 1;
        if (next >= sentence.tokens().size()) {
            return false;
        }
        String word = sentence.tokens().get(next).lower();
        return word.equals("that") || word.equals(":") || word.equals("\"") || word.equals("“");
    }
}
