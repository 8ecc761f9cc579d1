package org.negotiationtracker.projection;

/** What a rebuild of the read models read and wrote. */
public record RebuildReport(long eventsReplayed, int topics, int timelineEntries, long millis) {
}
