package org.negotiationtracker.eventlog;

/** An event names a topic that was never registered. */
public final class UnknownTopicException extends AppendRejectedException {

    private final String topicId;

    public UnknownTopicException(int index, String topicId) {
        super(index, "topic \"" + topicId + "\" is not registered; register it with POST /api/topics first");
        this.topicId = topicId;
    }

    public String topicId() {
        return topicId;
    }
}
