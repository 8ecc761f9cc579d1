package org.negotiationtracker.article;

/**
 * A word that signals an event. {@code family} is what kind of event; whether a meeting lies ahead or
 * behind is decided later from tense, modality and the date. {@code verbal} triggers carry their own tense.
 */
record Trigger(Family family, int tokenIndex, int start, int end, boolean verbal, boolean future, boolean negated,
               boolean presentOrPerfect) {

    enum Family { MEETING, SCHEDULING, DEMAND, PROPOSAL, AGREEMENT, SIGNING, BRIEFING, STATEMENT, CANCELLATION,
        SUSPENSION, RESUMPTION }

    int distanceTo(int from, int to) {
        if (to <= start) {
            return start - to;
        }
        return from >= end ? from - end : 0;
    }
}
