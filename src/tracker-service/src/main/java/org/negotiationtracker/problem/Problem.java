package org.negotiationtracker.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail: what a use case refuses and why, whichever door the request came in by.
 * {@code errors} lists every offending field by JSON pointer into the request body, so a client can fix a
 * whole batch in one go. HTTP sends it as application/problem+json, the Kafka ingest as dead-letter headers.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public record FieldError(String pointer, String detail) {
    }

    public static Problem of(int status, String kind, String title, String detail) {
        return new Problem(URI.create("urn:negotiation-tracker:problem:" + kind), title, status, detail, null,
                List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors));
    }

    public Problem at(String requestPath) {
        return new Problem(type, title, status, detail, requestPath, errors);
    }
}
