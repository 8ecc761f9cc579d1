package org.negotiationtracker.stream;

import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestMulti;
import org.negotiationtracker.app.ReadTopics;

@Path("/api/topics/{id}/stream")
public class TopicStreamResource {

    private final SseStreams streams;
    private final ReadTopics topics;

    TopicStreamResource(SseStreams streams, ReadTopics topics) {
        this.streams = streams;
        this.topics = topics;
    }

    @GET
    @Blocking
    @Operation(summary = "The events of one topic, each followed by the topic's new state",
            description = "Opens with the topic's state at the start position (SSE event name: state); then "
                    + "every event of the topic, each followed by a state message.")
    @APIResponse(responseCode = "200", description = "An endless text/event-stream",
            content = @Content(mediaType = SseStreams.EVENT_STREAM))
    public RestMulti<byte[]> stream(@PathParam("id") String topicId,
                                    @HeaderParam("Last-Event-ID") String lastEventId,
                                    @QueryParam("after") String after, @QueryParam("types") List<String> types,
                                    @Context HttpServerResponse response) {
        topics.requireRegistered(topicId);
        return streams.open(lastEventId, after, types, topicId, response);
    }
}
