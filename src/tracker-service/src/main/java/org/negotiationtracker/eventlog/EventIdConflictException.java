package org.negotiationtracker.eventlog;

/** An event id already stands in the log for a different event, so this cannot be a retry of it. */
public final class EventIdConflictException extends AppendRejectedException {

    private final String eventId;
    private final long storedPosition;

    public EventIdConflictException(int index, String eventId, long storedPosition) {
        super(index, "event id \"" + eventId + "\" is already used at position " + storedPosition
                + " by a different event; a retry must resend the same event, a new event needs a new id");
        this.eventId = eventId;
        this.storedPosition = storedPosition;
    }

    public String eventId() {
        return eventId;
    }

    public long storedPosition() {
        return storedPosition;
    }
}
