package org.negotiationtracker.eventlog;

import java.time.Instant;
import org.negotiationtracker.domain.EventType;

/**
 * A logged event as its row holds it, the payload still the stored JSON text: for readers that pass
 * events on (streams, the Kafka relay) without paying to decode and encode every one. {@code occurredAt}
 * is the event time as the source gave it, null for events without one (a topic registration).
 * {@code traceParent} and {@code traceState} are the W3C trace context of the append that wrote it, null
 * when it was not made within a trace.
 */
public record StoredEvent(long position, int topicVersion, Instant recordedAt, String eventId, String topicId,
                          EventType type, String occurredAt, String payload, String traceParent,
                          String traceState) {

    /**
     * The JSON document {@code GET /api/events} shows for the event: the log's own members, then the
     * stored ones. Events logged before the payload column became json went through PostgreSQL's jsonb,
     * which may have reordered and respaced those, so it is the same document, not always the same bytes.
     */
    public String json() {
        int open = payload.indexOf('{');
        if (open < 0) {
            throw new IllegalStateException("the payload at log position " + position + " is not a JSON object");
        }
        int first = open + 1;
        while (first < payload.length() && Character.isWhitespace(payload.charAt(first))) {
            first++;
        }
        StringBuilder json = new StringBuilder(payload.length() + 96).append("{\"position\":").append(position)
                .append(",\"topicVersion\":").append(topicVersion)
                .append(",\"recordedAt\":\"").append(recordedAt).append('"');
        if (first < payload.length() && payload.charAt(first) != '}') {
            json.append(',');
        }
        return json.append(payload, first, payload.length()).toString();
    }

    public LoggedEvent decode(EventCodec codec) {
        return new LoggedEvent(position, topicVersion, recordedAt, codec.read(type, payload));
    }
}
