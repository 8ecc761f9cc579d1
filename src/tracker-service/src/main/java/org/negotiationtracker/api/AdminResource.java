package org.negotiationtracker.api;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.negotiationtracker.app.RebuildReadModels;
import org.negotiationtracker.articles.ReextractArticles;
import org.negotiationtracker.articles.ReextractionReport;
import org.negotiationtracker.projection.RebuildReport;

@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final RebuildReadModels rebuild;
    private final ReextractArticles reextraction;

    AdminResource(RebuildReadModels rebuild, ReextractArticles reextraction) {
        this.rebuild = rebuild;
        this.reextraction = reextraction;
    }

    @POST
    @Path("projections/rebuild")
    @Operation(summary = "Fold the whole log into a new generation of the read models, then swap it in",
            description = "Appends and reads go on while it runs: the live read models answer until the new "
                    + "generation has caught up with them. 503 when it has not within tracker.projection.rebuild-wait "
                    + "(it goes on).")
    public RebuildReport rebuildProjections() {
        return rebuild.rebuild();
    }

    @POST
    @Path("articles/reextract")
    @Operation(summary = "Run the current extractor over every stored article and append the difference",
            description = "Per article, in one append: the events extracted now and not stored yet, and an "
                    + "event.retracted (reason re-extraction) for each stored event no longer extracted. "
                    + "Running it again appends nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReextractionReport.class)))
    public Response reextractArticles() {
        ReextractionReport report = reextraction.reextract();
        return Consistency.written(Response.ok(report), report.position());
    }
}
