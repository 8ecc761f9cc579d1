package org.negotiationtracker.api;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.negotiationtracker.app.RebuildProjections;
import org.negotiationtracker.projection.RebuildReport;

@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    private final RebuildProjections rebuild;

    AdminResource(RebuildProjections rebuild) {
        this.rebuild = rebuild;
    }

    @POST
    @Path("projections/rebuild")
    @Operation(summary = "Drop every read model and fold the whole log into it again",
            description = "Appends wait while it runs; reads keep answering from the committed read models.")
    public RebuildReport rebuildProjections() {
        return rebuild.rebuild();
    }
}
