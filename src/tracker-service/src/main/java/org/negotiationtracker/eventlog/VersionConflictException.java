package org.negotiationtracker.eventlog;

/** The topic moved on since the client read it: its version is not the one the client expected. */
public final class VersionConflictException extends AppendRejectedException {

    private final String topicId;
    private final int expectedVersion;
    private final int actualVersion;

    public VersionConflictException(int index, String topicId, int expectedVersion, int actualVersion) {
        super(index, "topic \"" + topicId + "\" is at version " + actualVersion + ", not the expected "
                + expectedVersion);
        this.topicId = topicId;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String topicId() {
        return topicId;
    }

    public int expectedVersion() {
        return expectedVersion;
    }

    public int actualVersion() {
        return actualVersion;
    }
}
