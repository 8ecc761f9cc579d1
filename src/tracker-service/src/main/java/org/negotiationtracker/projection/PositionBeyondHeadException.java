package org.negotiationtracker.projection;

/** A read asked for a position the log does not have: no append ever answered with it. */
public class PositionBeyondHeadException extends RuntimeException {

    PositionBeyondHeadException(long asked, long head) {
        super("position " + asked + " is beyond the head of the log (" + head
                + "): pass a position an append answered with");
    }
}
