package org.negotiationtracker.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.negotiationtracker.app.AppendEvents;
import org.negotiationtracker.app.ReadLog;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.eventlog.Appended;
import org.negotiationtracker.eventlog.LoggedEvent;
import org.negotiationtracker.request.ApiConfig;
import org.negotiationtracker.request.EventRequest;
import org.negotiationtracker.request.JsonBody;
import org.negotiationtracker.request.QueryParameters;

@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventsResource {

    private static final int DEFAULT_LIMIT = 100;
    /**
     * Bodies up to this size (a few dozen events) are read and checked on the event loop, which then goes on while
     * the writer commits; larger batches take milliseconds to seconds of CPU, which would hold up every other
     * connection of that loop (live streams among them), so a worker thread checks them.
     */
    private static final int INLINE_BODY_BYTES = 16 * 1024;

    private final ReadLog log;
    private final AppendEvents intake;
    private final JsonBody body;
    private final int maxReadLimit;

    EventsResource(ReadLog log, AppendEvents intake, JsonBody body, ApiConfig config) {
        this.log = log;
        this.intake = intake;
        this.body = body;
        this.maxReadLimit = config.maxReadLimit();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Append one event (a JSON object) or a batch (a JSON array, all or nothing)",
            description = "201 when anything was appended, 200 when every event was already in the log.")
    @RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = EventRequest.class)))
    public CompletionStage<Response> append(byte[] input) {
        CompletionStage<List<Appended>> appended = input.length <= INLINE_BODY_BYTES
                ? intake.appendLater(body.parse(input))
                : CallerContext.offEventLoop(() -> intake.appendLater(body.parse(input)));
        return CallerContext.resumeOnCaller(appended).thenApply(events -> {
            AppendResponse response = AppendResponse.of(events);
            return Consistency.written(Response.status(response.appended() > 0 ? Response.Status.CREATED
                    : Response.Status.OK).entity(response), Consistency.reached(events));
        });
    }

    @GET
    @Operation(summary = "Read the log in position order",
            description = "Tail the log by passing the previous page's nextAfter; no committed event is ever skipped.")
    public EventPage read(@QueryParam("after") String after, @QueryParam("limit") String limit,
                          @QueryParam("topic") String topic, @QueryParam("types") List<String> types) {
        long from = QueryParameters.position("after", after);
        int count = QueryParameters.limit(limit, DEFAULT_LIMIT, maxReadLimit);
        List<EventType> filter = QueryParameters.types(types);
        String topicId = topic == null || topic.isBlank() ? null : topic.strip();
        List<LoggedEvent> events = log.page(from, count, topicId, filter);
        return new EventPage(events, events.isEmpty() ? from : events.get(events.size() - 1).position());
    }
}
