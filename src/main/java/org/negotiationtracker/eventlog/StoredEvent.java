package org.negotiationtracker.eventlog;

import java.time.Instant;

/**
 * A logged event as its row holds it, the payload still the stored JSON text: for passing events on
 * without decoding them. {@code occurredAt} is the event time as the source gave it, null for events
 * without one (a topic registration).
 */
public record StoredEvent(long position, int topicVersion, Instant recordedAt, String eventId, String topicId,
                          String type, String occurredAt, String payload) {
}
