package org.negotiationtracker.stream;

import java.util.ArrayList;
import java.util.List;
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

    /** The entries' messages as one chunk of SSE text. */
    static byte[] joined(List<FeedEntry> entries) {
        List<byte[]> messages = new ArrayList<>(entries.size());
        entries.forEach(entry -> messages.add(entry.message()));
        return concat(messages);
    }

    static byte[] concat(List<byte[]> parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] chunk = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, chunk, offset, part.length);
            offset += part.length;
        }
        return chunk;
    }
}
