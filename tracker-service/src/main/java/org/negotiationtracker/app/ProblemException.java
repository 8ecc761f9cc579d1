package org.negotiationtracker.app;

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

    static ProblemException badParameter(String detail) {
        return new ProblemException(Problem.of(400, "invalid-parameter", "Invalid query parameter", detail));
    }

    public static ProblemException topicNotFound(String topicId) {
        String shown = topicId.length() > TopicRequest.MAX_ID_LENGTH
                ? topicId.substring(0, TopicRequest.MAX_ID_LENGTH) + "…" : topicId;
        return new ProblemException(Problem.of(404, "unknown-topic", "Unknown topic",
                "topic \"" + shown.replace("\u0000", "\\u0000") + "\" is not registered (a topic id is a lower-case slug of"
                        + " at most " + TopicRequest.MAX_ID_LENGTH + " characters)"));
    }

    /** The log did not confirm in time: nothing is known to be lost, and a retry with the same ids is safe. */
    static ProblemException logUnavailable(LogUnavailableException e) {
        return new ProblemException(Problem.of(503, "log-unavailable", "Event log unavailable", e.getMessage()), e);
    }

    /** The read models did not reach the position a read asked for in time; the read may be retried. */
    static ProblemException projectionBehind(String detail) {
        return new ProblemException(Problem.of(503, "projection-behind", "Read models behind", detail));
    }

    static ProblemException rebuildNotDone(String detail) {
        return new ProblemException(Problem.of(503, "rebuild-in-progress", "Rebuild still in progress", detail));
    }
}
