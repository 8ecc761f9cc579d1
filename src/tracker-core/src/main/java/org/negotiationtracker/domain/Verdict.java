package org.negotiationtracker.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What a reviewer asks for about one diplomatic event: confirm it, reject it, or correct it into {@code correction}
 * (whose id, topic, source and metadata do not count: the copy keeps the event's own).
 */
public record Verdict(Kind kind, String eventId, DiplomaticEvent correction, String decidedBy, Instant decidedAt,
                      String comment) {

    public enum Kind {
        CONFIRM, REJECT, CORRECT
    }

    public Verdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if ((kind == Kind.CORRECT) != (correction != null)) {
            throw new IllegalArgumentException("a correction, and only a correction, says what the event should say");
        }
    }
}
