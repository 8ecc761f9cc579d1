package org.negotiationtracker.domain;

import java.util.Objects;

/** The first event of every topic: its definition. Later events may only reference registered topics. */
public record TopicRegistered(String id, TopicDefinition topic) implements TopicEvent {

    public TopicRegistered {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
    }

    /** Registration is idempotent by topic id, so its event id follows from it. */
    public static TopicRegistered of(TopicDefinition topic) {
        return new TopicRegistered("topic:" + topic.id(), topic);
    }

    @Override
    public String topicId() {
        return topic.id();
    }

    @Override
    public EventType type() {
        return EventType.TOPIC_REGISTERED;
    }
}
