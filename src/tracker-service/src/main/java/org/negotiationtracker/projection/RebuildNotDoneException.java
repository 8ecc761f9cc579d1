package org.negotiationtracker.projection;

import java.time.Duration;

/** The new generation had not caught up within the wait; it goes on folding and takes over when it has. */
public class RebuildNotDoneException extends RuntimeException {

    RebuildNotDoneException(int generation, Duration wait) {
        super("generation " + generation + " of the read models is still catching up with the log after " + wait
                + "; it replaces the current one once it has");
    }
}
