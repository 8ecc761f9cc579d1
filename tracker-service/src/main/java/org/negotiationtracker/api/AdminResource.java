package org.negotiationtracker.api;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.negotiationtracker.app.RebuildProjections;
import org.negotiationtracker.app.ReextractArticles;
import org.negotiationtracker.app.ReextractionReport;
import org.negotiationtracker.projection.RebuildReport;

@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final RebuildProjections rebuild;
    private final ReextractArticles reextraction;

    AdminResource(RebuildProjections rebuild, ReextractArticles reextraction) {
        this.rebuild = rebuild;
        this.reextraction = reextraction;
    }

    @POST
    @Path("projections/rebuild")
    @Operation(summary = "Drop every read model and fold the whole log into it again",
            description = "Appends wait while it runs; reads keep answering from the committed read models.")
    public RebuildReport rebuildProjections() {
        return rebuild.rebuild();
    }

    @POST
    @Path("articles/reextract")
    @Operation(summary = "Run the current extractor over every stored article and append the difference",
            description = "Per article, in one append: the events extracted now and not stored yet, and an "
                    + "event.retracted (reason re-extraction) for each stored event no longer extracted. "
                    + "Running it again appends nothing.")
    public ReextractionReport reextractArticles() {
        return reextraction.reextract();
    }
}
