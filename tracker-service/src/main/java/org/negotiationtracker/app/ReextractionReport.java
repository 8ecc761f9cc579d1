package org.negotiationtracker.app;

/** What a re-extraction did: the stored articles it ran the extractor over, and what it appended for them. */
public record ReextractionReport(int articlesExamined, int articlesChanged, int eventsAdded, int eventsRetracted) {
}
