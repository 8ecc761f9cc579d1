package org.negotiationtracker.problem;

import org.negotiationtracker.eventlog.AppendRejectedException;
import org.negotiationtracker.eventlog.UnknownTopicException;
import org.negotiationtracker.eventlog.VersionConflictException;

/** The log refused an append as a whole, with nothing written: an unknown topic, a version or an event id conflict. */
public final class AppendRefusedException extends ProblemException {

    public AppendRefusedException(AppendRejectedException refusal) {
        super(problemOf(refusal), refusal);
    }

    /** The log's name for the refusal (such as UnknownTopicException): the Kafka dead-letter type has always been it. */
    public String refusal() {
        return getCause().getClass().getSimpleName();
    }

    /** The log's own account, without the advice the problem's detail may add. */
    public String reason() {
        return getCause().getMessage();
    }

    private static Problem problemOf(AppendRejectedException refusal) {
        if (refusal instanceof UnknownTopicException) {
            return Problem.of(422, "unknown-topic", "Unknown topic", refusal.getMessage());
        }
        if (refusal instanceof VersionConflictException) {
            return Problem.of(409, "version-conflict", "Version conflict",
                    refusal.getMessage() + "; read the topic again and retry");
        }
        return Problem.of(409, "event-id-conflict", "Event id conflict", refusal.getMessage());
    }
}
