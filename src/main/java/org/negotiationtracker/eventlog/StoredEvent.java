package org.negotiationtracker.eventlog;

import java.time.Instant;
import org.negotiationtracker.domain.EventType;

/**
 * A row of the log with its payload still JSON: what readers that only pass events on (streams) need,
 * without paying to decode every event and encode it again.
 */
public record StoredEvent(long position, int topicVersion, Instant recordedAt, String topicId, EventType type,
                          String payload) {

    /**
     * The event as the API shows a {@link LoggedEvent}: its place in the log, then the stored fields. The
     * payload is a JSON object written by {@link EventCodec}, so its fields follow the log's own.
     */
    public String json() {
        String fields = payload.substring(payload.indexOf('{') + 1);
        return "{\"position\":" + position + ",\"topicVersion\":" + topicVersion + ",\"recordedAt\":\"" + recordedAt
                + "\"," + fields;
    }

    public LoggedEvent decode(EventCodec codec) {
        return new LoggedEvent(position, topicVersion, recordedAt, codec.read(type, payload));
    }
}
