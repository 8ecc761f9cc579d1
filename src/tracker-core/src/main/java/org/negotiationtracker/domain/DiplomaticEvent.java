package org.negotiationtracker.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable fact about a topic, as one source reported it. {@code plannedFor} is the date a
 * scheduled (or cancelled) meeting was planned for; {@code occurredAt} is when the plan was made
 * known. {@code subject} names what a demand, proposal or agreement is about, so that restatements
 * of one demand and the agreement that settles it can be recognised.
 */
public record DiplomaticEvent(String id, String topicId, EventType type, PartialDate occurredAt,
                              PartialDate plannedFor, List<Actor> actors, String location, String summary,
                              String subject, Source source, Map<String, String> metadata) implements TopicEvent {

    public DiplomaticEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (!type.isDiplomatic()) {
            throw new IllegalArgumentException(type + " is not a diplomatic event type");
        }
        actors = actors == null ? List.of() : List.copyOf(actors);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** The same fact with another id; ids do not take part in deciding whether two reports say the same. */
    public DiplomaticEvent withId(String newId) {
        return new DiplomaticEvent(newId, topicId, type, occurredAt, plannedFor, actors, location, summary,
                subject, source, metadata);
    }

    /** The fact without its transport metadata (correlation ids differ between retries of one report). */
    public DiplomaticEvent withoutMetadata() {
        return new DiplomaticEvent(id, topicId, type, occurredAt, plannedFor, actors, location, summary,
                subject, source, Map.of());
    }

    /** The date that identifies the real-world event: the planned date for plans, else when it happened. */
    public PartialDate plannedOrOccurred() {
        return plannedFor != null ? plannedFor : occurredAt;
    }
}
