package org.negotiationtracker.request;

import java.util.Iterator;

/** The events of a bulk import as they are read, line by line; reading on may throw an {@code UncheckedIOException}. */
public interface ImportSource extends Iterator<ImportLine> {

    /** A line as read, made into its event (or why it has none); safe on any thread. */
    default ImportLine parsed(ImportLine read) {
        return read;
    }

    /** The column the value at this JSON pointer of an event came from, for a CSV import; null otherwise. */
    default String columnOf(String pointer) {
        return null;
    }
}
