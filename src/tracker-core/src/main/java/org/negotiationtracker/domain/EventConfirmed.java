package org.negotiationtracker.domain;

import java.time.Instant;
import java.util.Objects;

/** A reviewer confirms a diplomatic event as reported: from then on it stands confirmed, not proposed. */
public record EventConfirmed(String id, String topicId, String confirmedEventId, String decidedBy, Instant decidedAt,
                             String comment) implements TopicEvent, ReviewDecision {

    public EventConfirmed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(confirmedEventId, "confirmedEventId");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /** An event is confirmed at most once, so the confirmation's id follows from the event's. */
    public static EventConfirmed of(String topicId, String confirmedEventId, String decidedBy, Instant decidedAt,
                                    String comment) {
        return new EventConfirmed("confirmation:" + confirmedEventId, topicId, confirmedEventId, decidedBy,
                decidedAt, comment);
    }

    @Override
    public EventType type() {
        return EventType.EVENT_CONFIRMED;
    }

    @Override
    public String decidedEventId() {
        return confirmedEventId;
    }
}
