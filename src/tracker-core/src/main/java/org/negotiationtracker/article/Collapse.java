package org.negotiationtracker.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.PartialDate;

/**
 * One real event mentioned in several sentences of an article is one event: counting it once per mention is
 * what political event datasets get wrong. Mentions merge when they have the same type, share an actor (for
 * demands: the same side and subject) and do not name different dates; the best-evidenced mention is kept.
 * A party's statement on the day it made a demand is that demand, said again.
 */
final class Collapse {

    /** Mentions that cannot stand alone come last, to find the event they support among all the others. */
    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparing(Candidate::needsDate)
            .thenComparing(Comparator.comparing(Candidate::dated).reversed())
            .thenComparing(Comparator.comparingDouble(Candidate::confidence).reversed())
            .thenComparingInt(c -> c.sentence().start());

    private static final Set<EventType> PARTICIPATED = EnumSet.of(EventType.MEETING_HELD,
            EventType.MEETING_SCHEDULED, EventType.MEETING_CANCELLED);

    private Collapse() {
    }

    static List<Candidate> collapse(List<Candidate> candidates) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates.stream().sorted(BEST_FIRST).toList()) {
            int same = -1;
            for (int i = 0; i < kept.size() && same < 0; i++) {
                if (sameEvent(kept.get(i), candidate)) {
                    same = i;
                }
            }
            for (int i = 0; i < kept.size() && same < 0; i++) {
                if (namesParticipantsOf(kept.get(i), candidate)) {
                    same = i;
                    kept.set(i, kept.get(i).joinedWith(candidate));
                    absorbParticipantsInto(kept, i);
                }
            }
            if (same >= 0 && candidate.needsDate() && PARTICIPATED.contains(candidate.type())) {
                kept.set(same, withLocation(kept.get(same), candidate).joinedWith(candidate));
            } else if (same >= 0) {
                kept.set(same, withLocation(kept.get(same), candidate));
            } else if (!candidate.needsDate()) {
                kept.add(candidate);
            }
        }
        kept.replaceAll(event -> agreedThroughTheirLeaders(event, kept));
        kept.removeIf(statement -> statement.type() == EventType.STATEMENT_ISSUED && kept.stream().anyMatch(
                demand -> demand.type() == EventType.DEMAND_MADE && demand.date().equals(statement.date())
                        && demand.sharesActorWith(statement)));
        kept.sort(Comparator.comparingInt(c -> c.sentence().start()));
        return kept;
    }

    private static boolean sameEvent(Candidate kept, Candidate other) {
        if (kept.type() != other.type()) {
            return false;
        }
        boolean sameSide = kept.sharesActorWith(other) || (kept.type() == EventType.DEMAND_MADE
                && kept.subject() != null && kept.subject().equals(other.subject()) && kept.sharesCountryWith(other));
        if (!sameSide) {
            return false;
        }
        if (kept.needsDate() || other.needsDate() || kept.flexibleDate() || other.flexibleDate()) {
            return true;
        }
        return kept.type() == EventType.MEETING_SCHEDULED ? kept.date().overlaps(other.date())
                : kept.date().equals(other.date());
    }

    /**
     * "Ruritania and Freedonia postponed the talks set for Saturday. Minister X was to meet minister Y...": a mention
     * of a meeting or call-off by people of the countries that held, planned or called off another, undated or of the
     * same day, names the participants of that one, when one of them names the countries acting.
     */
    private static boolean namesParticipantsOf(Candidate kept, Candidate other) {
        boolean sameDay = !other.dated() || (kept.date().equals(other.date())
                && kept.date().precision() == PartialDate.Precision.DAY);
        return kept.type() == other.type() && PARTICIPATED.contains(kept.type()) && sameDay
                && (kept.namesACountry() || other.namesACountry())
                && !(kept.countryActorsOnly() && other.countryActorsOnly()) && kept.sharesCountryWith(other);
    }

    /**
     * "North and South have agreed on ...", told on the day their leaders met: countries agree through the people
     * who met for them that day, so an agreement with countries alone takes the participants of a meeting held on
     * its day by people of those countries.
     */
    private static Candidate agreedThroughTheirLeaders(Candidate event, List<Candidate> kept) {
        if (event.type() != EventType.AGREEMENT_REACHED || !event.countryActorsOnly()
                || event.date().precision() != PartialDate.Precision.DAY) {
            return event;
        }
        return kept.stream().filter(meeting -> meeting.type() == EventType.MEETING_HELD && !meeting.needsDate()
                        && meeting.date().equals(event.date()) && !meeting.countryActorsOnly()
                        && meeting.sharesCountryWith(event))
                .findFirst().map(event::joinedWith).orElse(event);
    }

    /** Once a mention names its countries, the mentions of their people kept before it join it too. */
    private static void absorbParticipantsInto(List<Candidate> kept, int at) {
        Candidate joined = kept.get(at);
        for (int j = kept.size() - 1; j >= 0; j--) {
            if (j != at && namesParticipantsOf(joined, kept.get(j))) {
                joined = joined.joinedWith(kept.get(j));
                kept.set(at, joined);
                kept.remove(j);
                at = j < at ? at - 1 : at;
            }
        }
    }

    /** The kept mention takes a more specific place from a merged one ("Russia" → "Moscow"). */
    private static Candidate withLocation(Candidate kept, Candidate merged) {
        if (merged.location() == null || merged.locationRank() <= kept.locationRank()) {
            return kept;
        }
        return new Candidate(kept.type(), kept.date(), kept.dateEnd(), kept.dateExpression(), kept.dated(),
                kept.needsDate(), kept.flexibleDate(), kept.actors(), kept.surfaces(), merged.location(), merged.locationRank(),
                kept.subject(), kept.sentence(), kept.confidence(), kept.recalled());
    }
}
