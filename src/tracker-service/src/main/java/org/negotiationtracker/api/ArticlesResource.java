package org.negotiationtracker.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.negotiationtracker.articles.ArticleResult;
import org.negotiationtracker.articles.SubmitArticle;
import org.negotiationtracker.extraction.ExtractorConfig;
import org.negotiationtracker.problem.Problem;
import org.negotiationtracker.problem.ProblemException;
import org.negotiationtracker.request.ArticleRequest;
import org.negotiationtracker.request.JsonBody;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

    private static final String PREFER_MEANING = "RFC 7240; wait=N (seconds, capped by tracker.extractor.max-wait) "
            + "waits that long at most for the article's events";

    private final SubmitArticle intake;
    private final JsonBody body;
    private final Duration maxWait;

    ArticlesResource(SubmitArticle intake, JsonBody body, ExtractorConfig config) {
        this.intake = intake;
        this.body = body;
        this.maxWait = config.maxWait();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a news article; the extractor reads its diplomatic events and appends them",
            description = "202 once the article.received event is appended, with extraction pending: its events follow "
                    + "from the extractor (GET the Location, or follow the topic's live stream). With Prefer: wait=N "
                    + "the answer waits up to N seconds for them and is 201 with the events when they arrived in time "
                    + "(Preference-Applied: wait=N), 202 when not. 200 for an article already in the log (same "
                    + "normalized text or same URL), answered with the stored result, and for an article that "
                    + "matches no registered topic (topic null, a message, nothing appended).")
    @RequestBody(content = @Content(schema = @Schema(implementation = ArticleRequest.class)))
    @APIResponse(responseCode = "202", description = "The article, appended; its events are being extracted",
            content = @Content(schema = @Schema(implementation = ArticleResult.class)))
    @APIResponse(responseCode = "201", description = "The article and the events extracted from it (Prefer: wait)",
            content = @Content(schema = @Schema(implementation = ArticleResult.class)))
    public Response submit(InputStream input, @Parameter(description = PREFER_MEANING) @HeaderParam("Prefer")
            List<String> prefer) {
        Duration wait = PreferWait.of(prefer, maxWait);
        ArticleResult result = intake.submit(body.parse(input), wait == null ? Duration.ZERO : wait);
        if (result.article() == null) {
            return Response.ok(result).build();
        }
        Response.Status status = result.duplicate() ? Response.Status.OK
                : result.extraction() == ArticleResult.Extraction.DONE ? Response.Status.CREATED
                : Response.Status.ACCEPTED;
        return answer(Response.status(status), result, wait);
    }

    @GET
    @Path("{articleId}")
    @Operation(summary = "An article in the log: its topic, its place in the log and the events extracted from it",
            description = "extraction is pending until the extractor has read the article; Prefer: wait=N waits up "
                    + "to N seconds for its events.")
    @APIResponse(responseCode = "200", description = "The article and, once extracted, its events",
            content = @Content(schema = @Schema(implementation = ArticleResult.class)))
    public Response article(@PathParam("articleId") String articleId,
                            @Parameter(description = PREFER_MEANING) @HeaderParam("Prefer") List<String> prefer) {
        Duration wait = PreferWait.of(prefer, maxWait);
        ArticleResult result = intake.find(articleId, wait == null ? Duration.ZERO : wait)
                .orElseThrow(() -> new ProblemException(Problem.of(404, "unknown-article", "Unknown article",
                        "no article with id " + (articleId.length() > 60 ? articleId.substring(0, 60) + "…" : articleId)
                                + " is in the log")));
        return answer(Response.ok(), result, wait);
    }

    /** The position the answer reflects, where to read the article again, and the wait it honoured. */
    private static Response answer(Response.ResponseBuilder answer, ArticleResult result, Duration wait) {
        long reached = result.events().stream().mapToLong(ArticleResult.EventView::position)
                .reduce(result.article().position(), Math::max);
        answer.entity(result).location(URI.create("/api/articles/" + result.articleId()));
        if (wait != null) {
            answer.header("Preference-Applied", "wait=" + wait.toSeconds());
        }
        return Consistency.written(answer, reached);
    }
}
