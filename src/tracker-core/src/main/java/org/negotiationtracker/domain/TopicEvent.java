package org.negotiationtracker.domain;

/** Anything recorded in a topic's stream of the log. */
public sealed interface TopicEvent permits TopicRegistered, DiplomaticEvent, ArticleReceived, EventRetracted,
        EventConfirmed, EventRejected, EventCorrected {

    String id();

    String topicId();

    EventType type();
}
