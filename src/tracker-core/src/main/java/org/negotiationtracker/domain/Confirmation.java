package org.negotiationtracker.domain;

import java.time.Instant;
import java.util.Objects;

/** A reviewer's confirmation of one report, by a confirmation or as the copy a correction logged. */
public record Confirmation(String decisionId, String decidedBy, Instant decidedAt) {

    public Confirmation {
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    static Confirmation of(ReviewDecision decision) {
        return new Confirmation(decision.id(), decision.decidedBy(), decision.decidedAt());
    }
}
