package org.negotiationtracker.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.negotiationtracker.eventlog.AppendRejectedException;
import org.negotiationtracker.eventlog.LogUnavailableException;
import org.negotiationtracker.eventlog.UnknownTopicException;
import org.negotiationtracker.eventlog.VersionConflictException;

/** Every failure leaves as application/problem+json, whatever layer raised it. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return e.problem().at(request.path()).toResponse();
    }

    @ServerExceptionMapper
    public Response rejected(AppendRejectedException e, HttpServerRequest request) {
        Problem problem;
        if (e instanceof UnknownTopicException) {
            problem = Problem.of(422, "unknown-topic", "Unknown topic", e.getMessage());
        } else if (e instanceof VersionConflictException) {
            problem = Problem.of(409, "version-conflict", "Version conflict",
                    e.getMessage() + "; read the topic again and retry");
        } else {
            problem = Problem.of(409, "event-id-conflict", "Event id conflict", e.getMessage());
        }
        return problem.at(request.path()).toResponse();
    }

    @ServerExceptionMapper
    public Response unavailable(LogUnavailableException e, HttpServerRequest request) {
        return Response.fromResponse(Problem.of(503, "log-unavailable", "Event log unavailable", e.getMessage())
                .at(request.path()).toResponse()).header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpServerRequest request) {
        return Problem.of(400, "malformed-json", "Malformed JSON", e.getOriginalMessage()).at(request.path())
                .toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        Response original = e.getResponse();
        Response.StatusType status = original.getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "no resource at " + request.method() + " " + request.path();
            case 405 -> request.method() + " is not allowed on " + request.path();
            case 406 -> "this resource answers with application/json; check the Accept header";
            case 415 -> "send the body as application/json";
            default -> e.getMessage();
        };
        Response.ResponseBuilder answer = Response.fromResponse(Problem.of(status.getStatusCode(),
                status.getReasonPhrase().toLowerCase().replace(' ', '-'), status.getReasonPhrase(), detail)
                .at(request.path()).toResponse());
        if (original.getHeaderString("Allow") != null) {
            answer.header("Allow", original.getHeaderString("Allow"));
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, HttpServerRequest request) {
        LOG.errorf(e, "unexpected failure on %s %s", request.method(), request.path());
        return Problem.of(500, "internal-error", "Internal error",
                "the request failed unexpectedly; nothing was appended unless the response said so. "
                        + "Retrying with the same event ids is safe").at(request.path()).toResponse();
    }
}
