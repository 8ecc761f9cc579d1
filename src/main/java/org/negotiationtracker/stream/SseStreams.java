package org.negotiationtracker.stream;

import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.negotiationtracker.api.QueryParameters;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.eventlog.EventLog;

/**
 * Turns a cursor over the log into Server-Sent Events: {@code id} is the log position, {@code event}
 * the event type (or {@code state}), {@code data} the JSON; comments open the stream and keep it alive.
 */
@ApplicationScoped
class SseStreams {

    private final EventLog log;
    private final LogFeed feed;
    private final TopicReplay replay;
    private final StreamMetrics metrics;
    private final Duration heartbeat;
    private final Duration reconnectDelay;

    SseStreams(EventLog log, LogFeed feed, TopicReplay replay, StreamMetrics metrics,
               @ConfigProperty(name = "tracker.stream.heartbeat") Duration heartbeat,
               @ConfigProperty(name = "tracker.stream.reconnect-delay") Duration reconnectDelay) {
        this.log = log;
        this.feed = feed;
        this.replay = replay;
        this.metrics = metrics;
        this.heartbeat = heartbeat;
        this.reconnectDelay = reconnectDelay;
    }

    /**
     * A stream starting after {@code Last-Event-ID} when the client reconnects, else after {@code ?after},
     * else at the head (live only).
     */
    Multi<OutboundSseEvent> open(String lastEventId, String after, List<String> types, String topicId, Sse sse) {
        long start = lastEventId != null && !lastEventId.isBlank()
                ? QueryParameters.position("Last-Event-ID", lastEventId)
                : after != null && !after.isBlank() ? QueryParameters.position("after", after) : feed.head();
        Set<EventType> filter = Set.copyOf(QueryParameters.types(types));
        LogCursor cursor = new LogCursor(log, feed, replay, start, topicId, filter, heartbeat);
        return metrics.track(cursor.items()).map(item -> message(item, sse));
    }

    private OutboundSseEvent message(StreamItem item, Sse sse) {
        if (item instanceof StreamItem.Event event) {
            return sse.newEventBuilder().id(Long.toString(event.entry().position()))
                    .name(event.entry().event().event().type().wireName())
                    .data(String.class, event.entry().eventJson()).build();
        }
        if (item instanceof StreamItem.State state) {
            return sse.newEventBuilder().id(Long.toString(state.position())).name("state")
                    .data(String.class, state.json()).build();
        }
        if (item instanceof StreamItem.Opened opened) {
            return sse.newEventBuilder().comment("stream of the log after position " + opened.after())
                    .reconnectDelay(reconnectDelay.toMillis()).build();
        }
        return sse.newEventBuilder().comment("heartbeat").build();
    }
}
