package org.negotiationtracker.api;

/** Ends a request with the given problem; thrown where the request itself is at fault. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    static ProblemException badParameter(String detail) {
        return new ProblemException(Problem.of(400, "invalid-parameter", "Invalid query parameter", detail));
    }

    public static ProblemException topicNotFound(String topicId) {
        return new ProblemException(Problem.of(404, "unknown-topic", "Unknown topic",
                "topic \"" + topicId + "\" is not registered"));
    }
}
