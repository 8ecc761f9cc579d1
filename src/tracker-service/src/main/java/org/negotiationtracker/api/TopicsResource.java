package org.negotiationtracker.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.negotiationtracker.app.ReadTopics;
import org.negotiationtracker.app.RegisterTopic;
import org.negotiationtracker.domain.TimelineEntry;
import org.negotiationtracker.domain.TopicState;
import org.negotiationtracker.eventlog.Appended;
import org.negotiationtracker.projection.TopicSummary;
import org.negotiationtracker.request.JsonBody;
import org.negotiationtracker.request.QueryParameters;
import org.negotiationtracker.request.TopicRequest;

@Path("/api/topics")
@Produces(MediaType.APPLICATION_JSON)
public class TopicsResource {

    private final RegisterTopic registration;
    private final JsonBody body;
    private final ReadTopics queries;

    TopicsResource(RegisterTopic registration, JsonBody body, ReadTopics queries) {
        this.registration = registration;
        this.body = body;
        this.queries = queries;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a negotiation topic (idempotent by id)",
            description = "Recorded in the log as a topic.registered event. 201 when new, 200 when the same "
                    + "definition was already registered, 409 when the id is taken by a different definition.")
    @RequestBody(content = @Content(schema = @Schema(implementation = TopicRequest.class)))
    public Response register(InputStream input, @Context UriInfo uri) {
        Appended appended = registration.register(body.parse(input));
        return Consistency.written(Response.status(appended.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                .location(uri.getAbsolutePathBuilder().path(appended.topicId()).build())
                .entity(appended), appended.position());
    }

    @GET
    @Operation(summary = "Every topic with a summary of its state", description = Consistency.READ)
    @APIResponse(responseCode = "200", headers = @Header(name = Consistency.PROJECTION_POSITION,
            description = Consistency.PROJECTION_POSITION_MEANING, schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(schema = @Schema(implementation = TopicSummary.class, type = SchemaType.ARRAY)))
    public Response list(@QueryParam("minPosition") String minPosition,
                         @HeaderParam(Consistency.CONSISTENCY_POSITION) String consistency) {
        return Consistency.read(queries.summaries(QueryParameters.minPosition(minPosition, consistency)));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The negotiation state of a topic, now or as it stood on an event-time date",
            description = Consistency.READ)
    @APIResponse(responseCode = "200", headers = @Header(name = Consistency.PROJECTION_POSITION,
            description = Consistency.PROJECTION_POSITION_MEANING, schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(schema = @Schema(implementation = TopicState.class)))
    public Response state(@PathParam("id") String id, @QueryParam("asOf") String asOf,
                          @QueryParam("minPosition") String minPosition,
                          @HeaderParam(Consistency.CONSISTENCY_POSITION) String consistency) {
        LocalDate date = QueryParameters.asOf(asOf);
        long position = QueryParameters.minPosition(minPosition, consistency);
        return Consistency.read(date == null ? queries.currentStateJson(id, position)
                : queries.stateAsOf(id, date, position));
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "The real-world events of a topic in event-time order, each with all its sources",
            description = Consistency.READ)
    @APIResponse(responseCode = "200", headers = @Header(name = Consistency.PROJECTION_POSITION,
            description = Consistency.PROJECTION_POSITION_MEANING, schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(schema = @Schema(implementation = TimelineEntry.class, type = SchemaType.ARRAY)))
    public Response timeline(@PathParam("id") String id, @QueryParam("asOf") String asOf,
                             @QueryParam("minPosition") String minPosition,
                             @HeaderParam(Consistency.CONSISTENCY_POSITION) String consistency) {
        return Consistency.read(queries.timeline(id, QueryParameters.asOf(asOf),
                QueryParameters.minPosition(minPosition, consistency)));
    }
}
