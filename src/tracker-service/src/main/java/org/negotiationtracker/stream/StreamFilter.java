package org.negotiationtracker.stream;

import java.util.Set;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.eventlog.StoredEvent;

/**
 * What a stream shows: one topic's events or the whole log's, narrowed to some types or not. Subscribers with
 * equal filters at the same position are sent the same chunk.
 */
record StreamFilter(String topicId, Set<EventType> types) {

    static final StreamFilter WHOLE_LOG = new StreamFilter(null, Set.of());

    /** In the stream: for a topic's stream, every event of the topic moves its state, even one not shown. */
    boolean inStream(StoredEvent event) {
        return topicId == null || topicId.equals(event.topicId());
    }

    boolean shows(StoredEvent event) {
        return inStream(event) && (types.isEmpty() || types.contains(event.type()));
    }
}
