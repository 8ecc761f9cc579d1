package org.negotiationtracker.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.negotiationtracker.app.ArticleRequest;
import org.negotiationtracker.app.ArticleResult;
import org.negotiationtracker.app.JsonBody;
import org.negotiationtracker.app.SubmitArticle;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

    private final SubmitArticle intake;
    private final JsonBody body;

    ArticlesResource(SubmitArticle intake, JsonBody body) {
        this.intake = intake;
        this.body = body;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a news article; its diplomatic events are extracted and appended",
            description = "201 when the article and its events were appended; 200 for an article already in the "
                    + "log (same normalized text or same URL), answered with the stored result, and for an article "
                    + "that matches no registered topic (topic null, a message, nothing appended).")
    @RequestBody(content = @Content(schema = @Schema(implementation = ArticleRequest.class)))
    @APIResponse(responseCode = "201", description = "The article and the events extracted from it",
            content = @Content(schema = @Schema(implementation = ArticleResult.class)))
    public Response submit(InputStream input) {
        ArticleResult result = intake.submit(body.parse(input));
        boolean appended = result.topic() != null && !result.duplicate();
        Response.ResponseBuilder answer = Response.status(appended ? Response.Status.CREATED : Response.Status.OK)
                .entity(result);
        if (result.article() == null) {
            return answer.build();
        }
        long reached = result.events().stream().mapToLong(ArticleResult.EventView::position)
                .reduce(result.article().position(), Math::max);
        return Consistency.written(answer, reached);
    }
}
