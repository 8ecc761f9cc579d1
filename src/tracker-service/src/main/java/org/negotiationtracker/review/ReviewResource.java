package org.negotiationtracker.review;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.negotiationtracker.request.JsonBody;
import org.negotiationtracker.auth.AuthConfig;
import org.negotiationtracker.problem.ProblemException;

/** Analysts in the loop: the queue of proposed events of a topic, and a reviewer's decision on one event. */
@Path("/api/review")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    /** Who decides when authentication is off: no token is read then. */
    static final String ANONYMOUS = "anonymous";

    private final ReviewDecisions decisions;
    private final ReviewQueries queries;
    private final JsonBody body;
    private final SecurityIdentity identity;
    private final boolean authenticated;

    ReviewResource(ReviewDecisions decisions, ReviewQueries queries, JsonBody body, SecurityIdentity identity,
                   AuthConfig auth) {
        this.decisions = decisions;
        this.queries = queries;
        this.body = body;
        this.identity = identity;
        this.authenticated = auth.enabled();
    }

    @GET
    @Operation(summary = "The proposed events of a topic, lowest confidence first",
            description = "Each with its evidence sentence and its offsets into the text of its article; the articles "
                    + "cited are in articles, by id. Folded from the log, so a decision just taken is never pending.")
    public ReviewQueuePage queue(@QueryParam("topic") String topic) {
        if (topic == null || topic.isBlank()) {
            throw ProblemException.badParameter("topic is required: the id of the topic whose proposed events to list");
        }
        return queries.queue(topic.strip());
    }

    @POST
    @Path("{eventId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm, reject or correct one event",
            description = "Appends event.confirmed, event.rejected (a retraction, reason review) or event.corrected "
                    + "(a corrected copy that retracts the event), naming who decided and when. 201 when appended; "
                    + "200 with the decision logged before when the same decision was taken already; 409 when the "
                    + "event was retracted meanwhile. Needs the role reviewer.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReviewRequest.class)))
    @APIResponse(responseCode = "201", description = "The decision appended, with its position in the log",
            content = @Content(schema = @Schema(implementation = DecisionAnswer.class)))
    @APIResponse(responseCode = "200", description = "The same decision, taken and logged before",
            content = @Content(schema = @Schema(implementation = DecisionAnswer.class)))
    public Response decide(@PathParam("eventId") String eventId, byte[] input) {
        ReviewRequest request = body.bind(body.parse(input), ReviewRequest.class);
        ReviewDecisions.Decided decided = decisions.decide(eventId, request, reviewer());
        return Response.status(decided.appended() ? Response.Status.CREATED : Response.Status.OK)
                .entity(decided.answer())
                .header("Consistency-Position", decided.answer().position())
                .build();
    }

    /**
     * The token's name for the caller ({@code upn}, else {@code preferred_username}, else {@code sub}), whom the
     * {@code reviewer} role was checked on before the request got here.
     */
    private String reviewer() {
        return authenticated ? identity.getPrincipal().getName() : ANONYMOUS;
    }
}
