package org.negotiationtracker.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer corrects a diplomatic event: {@code corrected} is the event as it should have been reported (type,
 * dates, actors, location, summary or subject changed; source and metadata kept), logged under this correction's
 * id, and the event corrected is retracted by it. The copy stands confirmed.
 */
public record EventCorrected(String id, String topicId, String retractedEventId, DiplomaticEvent corrected,
                             String decidedBy, Instant decidedAt, String comment)
        implements TopicEvent, ReviewDecision, Retraction {

    public EventCorrected {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(retractedEventId, "retractedEventId");
        Objects.requireNonNull(corrected, "corrected");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (!corrected.id().equals(id) || !corrected.topicId().equals(topicId)) {
            throw new IllegalArgumentException("the corrected copy of " + retractedEventId + " must carry the"
                    + " correction's id " + id + " and topic " + topicId);
        }
    }

    /**
     * An event is corrected at most once (a further correction corrects the copy), so the correction's id follows
     * from the event's.
     *
     * @param corrected what the event should have said; its id and topic are replaced by the correction's
     */
    public static EventCorrected of(DiplomaticEvent original, DiplomaticEvent corrected, String decidedBy,
                                    Instant decidedAt, String comment) {
        String id = "correction:" + original.id();
        DiplomaticEvent copy = new DiplomaticEvent(id, original.topicId(), corrected.type(), corrected.occurredAt(),
                corrected.plannedFor(), corrected.actors(), corrected.location(), corrected.summary(),
                corrected.subject(), original.source(), original.metadata());
        return new EventCorrected(id, original.topicId(), original.id(), copy, decidedBy, decidedAt, comment);
    }

    @Override
    public EventType type() {
        return EventType.EVENT_CORRECTED;
    }

    @Override
    public String decidedEventId() {
        return retractedEventId;
    }
}
