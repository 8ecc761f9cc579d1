package org.negotiationtracker.eventlog;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import org.negotiationtracker.domain.TopicEvent;

/** An event as the log holds it: its global position, its version within its topic, when it was recorded. */
public record LoggedEvent(long position, int topicVersion, Instant recordedAt, @JsonUnwrapped TopicEvent event) {
}
