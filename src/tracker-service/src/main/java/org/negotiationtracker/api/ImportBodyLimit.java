package org.negotiationtracker.api;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.negotiationtracker.app.ImportConfig;

/**
 * Lets a chunked import body run past {@code quarkus.http.limits.max-body-size} up to
 * {@code tracker.import.max-body-size}: the HTTP layer's limit is there because the other endpoints read their body
 * whole, which an import never does. Quarkus's own route, just before this one, has already refused a body that
 * declares a larger {@code Content-Length}; for a chunked one it leaves the limit in the request's context, for the
 * stream to enforce as it reads, and this raises it.
 */
@ApplicationScoped
class ImportBodyLimit {

    void install(@Observes Router router, ImportConfig config) {
        long limit = config.maxBodySize().asLongValue();
        router.post("/api/events/import").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(context -> {
            if (context.get(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY) != null) {
                context.put(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY, limit);
            }
            context.next();
        });
    }
}
