package org.negotiationtracker.article;

/** A gazetteer entry found in the text, with the words as written and their article offsets. */
record Mention(GazetteerEntry entry, String surface, int start, int end) {
}
