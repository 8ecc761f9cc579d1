package org.negotiationtracker.stream;

/** What a stream sends: log events, topic states, and the comments that keep an idle connection open. */
sealed interface StreamItem {

    /** The first message: where the stream starts, and how long a client should wait before reconnecting. */
    record Opened(long after) implements StreamItem {
    }

    record Event(FeedEntry entry) implements StreamItem {
    }

    record State(long position, String json) implements StreamItem {
    }

    record Heartbeat() implements StreamItem {
    }

    Heartbeat HEARTBEAT = new Heartbeat();
}
