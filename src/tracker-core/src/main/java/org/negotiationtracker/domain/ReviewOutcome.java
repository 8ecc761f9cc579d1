package org.negotiationtracker.domain;

/** What a {@link Verdict} comes to, given what the log holds: a decision to append, one logged already, or a refusal. */
public sealed interface ReviewOutcome {

    /** A new decision, to append. */
    record Decided(TopicEvent decision) implements ReviewOutcome {
    }

    /** The same decision was taken before: deciding again changes nothing, and this is the logged one. */
    record AlreadyDecided(TopicEvent decision) implements ReviewOutcome {
    }

    /** The verdict cannot stand; {@code detail} says why, for the reviewer. */
    record Refused(Reason reason, String detail) implements ReviewOutcome {
    }

    enum Reason {
        /** The topic holds no diplomatic event with the id. */
        UNKNOWN_EVENT,
        /** The event was retracted meanwhile (by re-extraction, a rejection or a correction). */
        RETRACTED,
        /** The correction says what the event says already. */
        NO_CHANGE
    }
}
