package org.negotiationtracker.app;

/**
 * Where an import stands after a committed chunk, counted from its start: the lines read (blank ones included),
 * events appended, events the log already held (a retry's), lines refused, and the furthest log position reached.
 */
public record ImportProgress(int chunks, long lines, long appended, long duplicates, long refused, long position) {
}
