package org.negotiationtracker.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.negotiationtracker.problem.Problem;
import org.negotiationtracker.problem.ProblemException;

/** Every failure leaves as application/problem+json, whatever layer raised it. */
public class ProblemMappers {

    private static final String MEDIA_TYPE = "application/problem+json";

    /** How long a client should wait before retrying a 503: the log's time-out, a rebuild, a database restart. */
    private static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        Response answer = toResponse(e.problem().at(request.path()));
        // the log did not confirm in time; the client retries with the same ids
        return answer.getStatus() == 503
                ? Response.fromResponse(answer).header("Retry-After", RETRY_AFTER_SECONDS).build() : answer;
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpServerRequest request) {
        return toResponse(Problem.of(400, "malformed-json", "Malformed JSON", e.getOriginalMessage())
                .at(request.path()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "no resource at " + request.method() + " " + request.path();
            case 405 -> request.method() + " is not allowed on " + request.path();
            case 406 -> "this resource answers with application/json; check the Accept header";
            case 415 -> request.path().equals("/api/events/import")
                    ? "send the body as application/x-ndjson (one event a line) or text/csv (with a column mapping)"
                    : "send the body as application/json";
            default -> e.getMessage();
        };
        Response.ResponseBuilder answer = Response.fromResponse(toResponse(Problem.of(status.getStatusCode(),
                status.getReasonPhrase().toLowerCase().replace(' ', '-'), status.getReasonPhrase(), detail)
                .at(request.path())));
        if (original.getHeaderString("Allow") != null) {
            answer.header("Allow", original.getHeaderString("Allow"));
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response noToken(UnauthorizedException e, HttpServerRequest request) {
        return unauthenticated("this request needs a bearer token (Authorization: Bearer <JWT>)", request);
    }

    @ServerExceptionMapper
    public Response tokenRefused(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthenticated("the bearer token was refused: it is malformed, expired, or not signed by the "
                + "configured key (or from another issuer)", request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return toResponse(Problem.of(403, "forbidden", "Forbidden", "the token's roles do not allow "
                + request.method() + " " + request.path() + " (see the roles in docs/operations.md, Authentication)")
                .at(request.path()));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, HttpServerRequest request) {
        Optional<SQLException> outage = StoreOutage.in(e);
        if (outage.isPresent()) {
            // the database is down or restarting: it passes, and clients and load balancers retry a 503
            LOG.warnf("the database is unreachable on %s %s: %s", request.method(), request.path(),
                    outage.get().getMessage());
            return Response.fromResponse(toResponse(Problem.of(503, "store-unavailable", "Database unreachable",
                    "the database could not be reached (" + outage.get().getMessage() + "); nothing was appended "
                            + "unless the response said so. Retry later with the same event ids")
                    .at(request.path()))).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        LOG.errorf(e, "unexpected failure on %s %s", request.method(), request.path());
        return toResponse(Problem.of(500, "internal-error", "Internal error",
                "the request failed unexpectedly; nothing was appended unless the response said so. "
                        + "Retrying with the same event ids is safe").at(request.path()));
    }

    private static Response unauthenticated(String detail, HttpServerRequest request) {
        return Response.fromResponse(toResponse(Problem.of(401, "unauthorized", "Unauthorized", detail)
                .at(request.path()))).header("WWW-Authenticate", "Bearer").build();
    }

    private static Response toResponse(Problem problem) {
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(problem).build();
    }
}
