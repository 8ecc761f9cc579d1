package org.negotiationtracker.article;

import java.util.List;
import org.negotiationtracker.domain.Actor;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.PartialDate;

/**
 * An event as one sentence states it, before the mentions of one article are collapsed. {@code dated} says
 * the sentence gave a date; {@code needsDate} marks mentions too vague to stand alone ("the talks"),
 * kept only as further evidence of an event another sentence dates; {@code flexibleDate} marks undated
 * reports ("Russia has urged") that take the publication date unless another mention dates them;
 * {@code recalled} marks what the text tells as history ("they had agreed on 10 May"), whatever its date.
 */
record Candidate(EventType type, PartialDate date, PartialDate dateEnd, String dateExpression, boolean dated,
                 boolean needsDate, boolean flexibleDate, List<Actor> actors, List<String> surfaces, String location, int locationRank,
                 String subject, Sentence sentence, double confidence, boolean recalled) {

    /** No person or institution: only countries act, or no one yet. */
    boolean countryActorsOnly() {
        return actors.stream().allMatch(a -> "government".equals(a.role()));
    }

    /** A country acts in it ("Ruritania and Freedonia will hold talks"). */
    boolean namesACountry() {
        return actors.stream().anyMatch(a -> "government".equals(a.role()));
    }

    boolean sharesActorWith(Candidate other) {
        return actors.stream().anyMatch(a -> other.actors.stream().anyMatch(b -> a.key().equals(b.key())));
    }

    boolean sharesCountryWith(Candidate other) {
        return actors.stream().anyMatch(a -> a.country() != null && other.actors.stream()
                .anyMatch(b -> a.country().equals(b.country())));
    }

    /** The same mention dated otherwise, by words the article gives elsewhere. */
    Candidate withDate(PartialDate day, PartialDate end, String expression) {
        return new Candidate(type, day, end, expression, dated, needsDate, flexibleDate, actors, surfaces, location,
                locationRank, subject, sentence, confidence, recalled);
    }

    /** The same mention as another type of event, on the same day: "postponed to May 20" tells a new plan too. */
    Candidate as(EventType otherType) {
        return new Candidate(otherType, date, dateEnd, dateExpression, dated, needsDate, false, actors, surfaces,
                location, locationRank, subject, sentence, confidence, recalled);
    }

    /** The same mention with no date of its own: it takes the publication day unless another mention dates it. */
    Candidate undated(PartialDate published) {
        return new Candidate(type, published, null, null, false, false, true, actors, surfaces, location, locationRank,
                subject, sentence, confidence, recalled);
    }

    /** The same mention dated as the other is, by the words the other's sentence gives. */
    Candidate datedBy(Candidate other) {
        return new Candidate(type, other.date, other.dateEnd, other.dateExpression, true, false, false, actors,
                surfaces, location != null ? location : other.location, Math.max(locationRank, other.locationRank),
                subject, sentence, confidence, recalled);
    }

    /** The same mention with the other's actors added, and its place when this one has none. */
    Candidate joinedWith(Candidate other) {
        List<Actor> joined = new java.util.ArrayList<>(actors);
        List<String> joinedSurfaces = new java.util.ArrayList<>(surfaces);
        for (int i = 0; i < other.actors.size(); i++) {
            Actor actor = other.actors.get(i);
            if (joined.stream().noneMatch(a -> a.key().equals(actor.key()))) {
                joined.add(actor);
                joinedSurfaces.add(other.surfaces.get(i));
            }
        }
        return new Candidate(type, date, dateEnd, dateExpression, dated, needsDate, flexibleDate, joined, joinedSurfaces,
                location != null ? location : other.location, Math.max(locationRank, other.locationRank), subject,
                sentence, confidence, recalled);
    }
}
