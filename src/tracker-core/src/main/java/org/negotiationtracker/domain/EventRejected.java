package org.negotiationtracker.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer rejects a diplomatic event: a retraction with reason {@value #REVIEW}, which the projections treat
 * as any other retraction, naming who decided and when, and why in an optional comment.
 */
public record EventRejected(String id, String topicId, String retractedEventId, String decidedBy, Instant decidedAt,
                            String comment) implements TopicEvent, ReviewDecision, Retraction {

    /** The reason a rejection gives, beside {@link EventRetracted#RE_EXTRACTION}. */
    public static final String REVIEW = "review";

    public EventRejected {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(retractedEventId, "retractedEventId");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    /** An event is rejected at most once, so the rejection's id follows from the event's. */
    public static EventRejected of(String topicId, String rejectedEventId, String decidedBy, Instant decidedAt,
                                   String comment) {
        return new EventRejected("rejection:" + rejectedEventId, topicId, rejectedEventId, decidedBy, decidedAt,
                comment);
    }

    @Override
    public EventType type() {
        return EventType.EVENT_REJECTED;
    }

    public String reason() {
        return REVIEW;
    }

    @Override
    public String decidedEventId() {
        return retractedEventId;
    }
}
