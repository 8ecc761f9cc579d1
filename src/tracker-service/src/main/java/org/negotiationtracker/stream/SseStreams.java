package org.negotiationtracker.stream;

import io.smallrye.mutiny.Multi;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestMulti;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.logfollowing.LogFollowing;
import org.negotiationtracker.request.QueryParameters;

/**
 * Turns a cursor over the log into Server-Sent Events: {@code id} is the log position, {@code event}
 * the event type (or {@code state}), {@code data} the JSON; comments open the stream and keep it alive.
 * <p>
 * The response is ready-made SSE text rather than one {@code OutboundSseEvent} per message: quarkus-rest
 * writes and flushes each element of an SSE {@code Multi} on its own and waits for that write before asking
 * for the next, which at a thousand subscribers costs a write per message each. Past the opening, the cursor
 * writes its chunks to the connection itself ({@link LogCursor}).
 */
@ApplicationScoped
class SseStreams {

    static final String EVENT_STREAM = "text/event-stream";

    private final LogFollowing log;
    private final LogFeed feed;
    private final TopicReplay replay;
    private final StreamMetrics metrics;
    private final Duration reconnectDelay;

    SseStreams(LogFollowing log, LogFeed feed, TopicReplay replay, StreamMetrics metrics, StreamConfig config) {
        this.log = log;
        this.feed = feed;
        this.replay = replay;
        this.metrics = metrics;
        this.reconnectDelay = config.reconnectDelay();
    }

    /**
     * A stream starting after {@code Last-Event-ID} when the client reconnects, else after {@code ?after},
     * else at the head (live only): the log's own head, since the feed may not have read the latest commits
     * yet, and a client that just registered a topic expects its stream to open with that topic's state.
     */
    RestMulti<byte[]> open(String lastEventId, String after, List<String> types, String topicId,
                           HttpServerResponse response) {
        long start = lastEventId != null && !lastEventId.isBlank()
                ? QueryParameters.position("Last-Event-ID", lastEventId)
                : after != null && !after.isBlank() ? QueryParameters.position("after", after) : log.head();
        Set<EventType> filter = Set.copyOf(QueryParameters.types(types));
        byte[] opening = SseText.opening("stream of the log after position " + start, reconnectDelay.toMillis());
        LogCursor cursor = new LogCursor(log, feed, replay, metrics, response, start, topicId, filter,
                Vertx.currentContext(), opening);
        return RestMulti.fromMultiData(metrics.track(Multi.createFrom().publisher(cursor)))
                .header(HttpHeaders.CONTENT_TYPE, EVENT_STREAM)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .build();
    }
}
