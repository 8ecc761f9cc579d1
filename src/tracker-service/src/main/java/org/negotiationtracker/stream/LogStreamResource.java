package org.negotiationtracker.stream;

import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestMulti;

/** No {@code @Produces}: the chunks are SSE text already, and a declared event stream would be framed again. */
@Path("/api/stream")
public class LogStreamResource {

    private final SseStreams streams;

    LogStreamResource(SseStreams streams) {
        this.streams = streams;
    }

    @GET
    @Operation(summary = "Every event of the log as Server-Sent Events",
            description = "Live from the head; after Last-Event-ID or ?after=N first everything after N "
                    + "(after=0 for the whole log), then live. ?types=a,b narrows it.")
    @APIResponse(responseCode = "200", description = "An endless text/event-stream",
            content = @Content(mediaType = SseStreams.EVENT_STREAM))
    public RestMulti<byte[]> stream(@HeaderParam("Last-Event-ID") String lastEventId,
                                    @QueryParam("after") String after, @QueryParam("types") List<String> types,
                                    @Context HttpServerResponse response) {
        return streams.open(lastEventId, after, types, null, response);
    }
}
