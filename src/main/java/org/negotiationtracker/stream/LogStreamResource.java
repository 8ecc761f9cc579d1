package org.negotiationtracker.stream;

import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/stream")
public class LogStreamResource {

    private final SseStreams streams;

    LogStreamResource(SseStreams streams) {
        this.streams = streams;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Every event of the log as Server-Sent Events",
            description = "Live from the head; after Last-Event-ID or ?after=N first everything after N "
                    + "(after=0 for the whole log), then live. ?types=a,b narrows it.")
    public Multi<OutboundSseEvent> stream(@HeaderParam("Last-Event-ID") String lastEventId,
                                          @QueryParam("after") String after,
                                          @QueryParam("types") List<String> types, @Context Sse sse) {
        return streams.open(lastEventId, after, types, null, sse);
    }
}
