package org.negotiationtracker.stream;

import org.negotiationtracker.eventlog.LoggedEvent;

/**
 * One event of the log as the streams send it, serialized once for every subscriber; {@code stateJson}
 * is the topic's state right after it, when some subscriber of that topic's stream was there to need it.
 */
record FeedEntry(LoggedEvent event, String eventJson, String stateJson) {

    long position() {
        return event.position();
    }
}
