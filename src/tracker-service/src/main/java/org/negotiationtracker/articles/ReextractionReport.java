package org.negotiationtracker.articles;

/**
 * What a re-extraction did: the stored articles it ran the extractor over, and what it appended for them;
 * {@code position} is where its appends reached in the log (the head it started from when it appended nothing), for
 * a client that reads the read models after it.
 */
public record ReextractionReport(int articlesExamined, int articlesChanged, int eventsAdded, int eventsRetracted,
                                 long position) {
}
