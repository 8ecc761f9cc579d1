package org.negotiationtracker.eventlog;

/** Where one event of an append ended up; {@code duplicate} when the log already held it. */
public record Appended(String id, String topicId, long position, int topicVersion, boolean duplicate) {
}
