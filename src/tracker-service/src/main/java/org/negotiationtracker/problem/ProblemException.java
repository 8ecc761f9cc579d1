package org.negotiationtracker.problem;

import org.negotiationtracker.eventlog.LogUnavailableException;

/**
 * Ends a use case with the given problem. Each door tells it in its own protocol: HTTP as
 * application/problem+json, the Kafka ingest as dead-letter headers (or, for a 5xx, by reading the record again).
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    ProblemException(Problem problem, Throwable cause) {
        super(problem.detail(), cause, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badParameter(String detail) {
        return new ProblemException(Problem.of(400, "invalid-parameter", "Invalid query parameter", detail));
    }

    /** The log did not confirm in time: nothing is known to be lost, and a retry with the same ids is safe. */
    public static ProblemException logUnavailable(LogUnavailableException e) {
        return new ProblemException(Problem.of(503, "log-unavailable", "Event log unavailable", e.getMessage()), e);
    }

    /** The read models did not reach the position a read asked for in time; the read may be retried. */
    public static ProblemException projectionBehind(String detail) {
        return new ProblemException(Problem.of(503, "projection-behind", "Read models behind", detail));
    }

    public static ProblemException rebuildNotDone(String detail) {
        return new ProblemException(Problem.of(503, "rebuild-in-progress", "Rebuild still in progress", detail));
    }
}
