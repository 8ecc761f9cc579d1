package org.negotiationtracker.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.negotiationtracker.domain.TimelineEntry;
import org.negotiationtracker.domain.TopicRegistered;
import org.negotiationtracker.domain.TopicState;
import org.negotiationtracker.eventlog.Appended;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.eventlog.PendingEvent;
import org.negotiationtracker.projection.TopicQueries;
import org.negotiationtracker.projection.TopicSummary;

@Path("/api/topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicsResource {

    private final EventLog log;
    private final JsonBody body;
    private final TopicQueries queries;

    TopicsResource(EventLog log, JsonBody body, TopicQueries queries) {
        this.log = log;
        this.body = body;
        this.queries = queries;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a negotiation topic (idempotent by id)",
            description = "Recorded in the log as a topic.registered event. 201 when new, 200 when the same "
                    + "definition was already registered, 409 when the id is taken by a different definition.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TopicRequest.class)))
    public Response register(InputStream input, @jakarta.ws.rs.core.Context UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        TopicRequest request = body.bind(body.parse(input), TopicRequest.class, "", errors);
        if (request == null) {
            throw JsonBody.invalid(errors);
        }
        Appended appended = log.append(List.of(new PendingEvent(TopicRegistered.of(request.toDefinition()), null)))
                .get(0);
        return Response.status(appended.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                .location(uri.getAbsolutePathBuilder().path(request.id()).build())
                .entity(appended).build();
    }

    @GET
    @Operation(summary = "Every topic with a summary of its state")
    public List<TopicSummary> list() {
        return queries.topics();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The negotiation state of a topic, now or as it stood on an event-time date")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TopicState.class)))
    public Response state(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        LocalDate date = QueryParameters.asOf(asOf);
        Object state = date == null
                ? queries.currentStateJson(id).orElseThrow(() -> ProblemException.topicNotFound(id))
                : queries.stateAsOf(id, date).orElseThrow(() -> ProblemException.topicNotFound(id));
        return Response.ok(state, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "The real-world events of a topic in event-time order, each with all its sources")
    public List<TimelineEntry> timeline(@PathParam("id") String id, @QueryParam("asOf") String asOf) {
        return queries.timeline(id, QueryParameters.asOf(asOf)).orElseThrow(() -> ProblemException.topicNotFound(id));
    }
}
