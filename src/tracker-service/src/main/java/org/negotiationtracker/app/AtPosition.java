package org.negotiationtracker.app;

/** An answer read from the read models, and how far into the log they had folded when it was read. */
public record AtPosition<T>(T value, long position) {
}
