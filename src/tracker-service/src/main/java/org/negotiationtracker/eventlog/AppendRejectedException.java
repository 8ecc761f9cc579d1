package org.negotiationtracker.eventlog;

/** An append refused as a whole, with nothing written. */
public abstract sealed class AppendRejectedException extends RuntimeException
        permits UnknownTopicException, VersionConflictException, EventIdConflictException {

    private final int index;

    protected AppendRejectedException(int index, String message) {
        super(message);
        this.index = index;
    }

    /** Which event of the append was refused (0 for a single event). */
    public int index() {
        return index;
    }
}
