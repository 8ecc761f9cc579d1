package org.negotiationtracker.domain;

import java.util.Objects;

/**
 * A diplomatic event of the log withdrawn: the log is append-only, so a report that should not have been
 * recorded (an extraction the current extractor no longer makes) is taken back by a later event, and the
 * projections drop it. {@code reason} says why, for readers of the log.
 */
public record EventRetracted(String id, String topicId, String retractedEventId, String reason)
        implements TopicEvent, Retraction {

    /** The reason re-extraction gives: the current extractor no longer finds the event in its article. */
    public static final String RE_EXTRACTION = "re-extraction";

    public EventRetracted {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(retractedEventId, "retractedEventId");
        Objects.requireNonNull(reason, "reason");
    }

    /** An event is retracted at most once, so the retraction's id follows from the retracted one's. */
    public static EventRetracted of(String topicId, String retractedEventId, String reason) {
        return new EventRetracted("retraction:" + retractedEventId, topicId, retractedEventId, reason);
    }

    @Override
    public EventType type() {
        return EventType.EVENT_RETRACTED;
    }
}
