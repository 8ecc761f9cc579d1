package org.negotiationtracker.stream;

import org.negotiationtracker.eventlog.StoredEvent;

/**
 * One event of the log as the streams send it, encoded once for every subscriber; {@code stateMessage}
 * is the topic's state right after it, when some subscriber of that topic's stream was there to need it.
 */
record FeedEntry(StoredEvent event, byte[] message, byte[] stateMessage) {

    static FeedEntry of(StoredEvent event, byte[] stateMessage) {
        return new FeedEntry(event, SseText.message(event.position(), event.type().wireName(), event.json()),
                stateMessage);
    }

    long position() {
        return event.position();
    }
}
