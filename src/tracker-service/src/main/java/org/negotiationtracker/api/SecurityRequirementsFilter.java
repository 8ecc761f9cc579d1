package org.negotiationtracker.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Gives every operation the bearer requirement that the HTTP permissions of application.properties
 * ({@code quarkus.http.auth.permission.*}) enforce, since they are not annotations the document could see: a write
 * (POST) and anything under /api/admin need a token; a read takes one, needed only with
 * {@code tracker.auth.reads-require-role}. Swagger UI then sends the token entered under "Authorize".
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SecurityRequirementsFilter implements OASFilter {

    private static final String ADMIN_PATHS = "/api/admin/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getComponents() == null
                || openAPI.getComponents().getSecuritySchemes() == null
                || openAPI.getComponents().getSecuritySchemes().size() != 1) {
            return;
        }
        String scheme = openAPI.getComponents().getSecuritySchemes().keySet().iterator().next();
        SecurityRequirement bearer = OASFactory.createSecurityRequirement().addScheme(scheme);
        SecurityRequirement anonymous = OASFactory.createSecurityRequirement();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : item.getOperations().entrySet()) {
                boolean tokenOptional = operation.getKey() == PathItem.HttpMethod.GET && !path.startsWith(ADMIN_PATHS);
                operation.getValue().setSecurity(tokenOptional ? List.of(anonymous, bearer) : List.of(bearer));
            }
        });
    }
}
