package org.negotiationtracker.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.negotiationtracker.json.TimelineEntryMixin;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The OpenAPI schema is read from the record's components, which do not see the Jackson mixin: without this,
 * it would describe keys that the JSON of a timeline entry never holds.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class TimelineEntrySchemaFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Schema entry = openAPI.getComponents().getSchemas().get("TimelineEntry");
        if (entry != null) {
            entry.removeProperty(TimelineEntryMixin.SOURCE_KEYS);
            entry.removeProperty(TimelineEntryMixin.ACTOR_KEYS);
        }
    }
}
