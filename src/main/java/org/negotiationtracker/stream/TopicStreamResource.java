package org.negotiationtracker.stream;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.negotiationtracker.api.ProblemException;
import org.negotiationtracker.projection.TopicQueries;

@Path("/api/topics/{id}/stream")
public class TopicStreamResource {

    private final SseStreams streams;
    private final TopicQueries topics;

    TopicStreamResource(SseStreams streams, TopicQueries topics) {
        this.streams = streams;
        this.topics = topics;
    }

    @GET
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The events of one topic, each followed by the topic's new state",
            description = "Opens with the topic's state at the start position (SSE event name: state); then "
                    + "every event of the topic, each followed by a state message.")
    public Multi<OutboundSseEvent> stream(@PathParam("id") String topicId,
                                          @HeaderParam("Last-Event-ID") String lastEventId,
                                          @QueryParam("after") String after,
                                          @QueryParam("types") List<String> types, @Context Sse sse) {
        if (!topics.exists(topicId)) {
            throw ProblemException.topicNotFound(topicId);
        }
        return streams.open(lastEventId, after, types, topicId, sse);
    }
}
