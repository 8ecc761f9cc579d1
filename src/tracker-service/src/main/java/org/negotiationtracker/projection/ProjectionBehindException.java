package org.negotiationtracker.projection;

import java.time.Duration;

/** A read asked for a position the read models did not reach within the wait. */
public class ProjectionBehindException extends RuntimeException {

    private final long projected;

    ProjectionBehindException(long asked, long projected, Duration wait) {
        super("the read models have folded the log up to position " + projected + " and did not reach position "
                + asked + " within " + wait);
        this.projected = projected;
    }

    public long projected() {
        return projected;
    }
}
