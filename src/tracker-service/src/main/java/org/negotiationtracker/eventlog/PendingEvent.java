package org.negotiationtracker.eventlog;

import org.negotiationtracker.domain.TopicEvent;

/** An event on its way into the log; {@code expectedVersion}, when given, is the topic version it must follow. */
public record PendingEvent(TopicEvent event, Integer expectedVersion) {
}
