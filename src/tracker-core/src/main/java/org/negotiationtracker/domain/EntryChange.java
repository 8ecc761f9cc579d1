package org.negotiationtracker.domain;

import java.util.Set;

/**
 * What one event changed on a timeline, entry by entry: entries that did not exist before it, entries whose
 * reports changed, and entries that no longer exist (merged into another, or left without a report by a
 * retraction). The three never share an id.
 */
public record EntryChange(Set<String> newEntryIds, Set<String> changedEntryIds, Set<String> removedEntryIds) {

    public EntryChange {
        newEntryIds = Set.copyOf(newEntryIds);
        changedEntryIds = Set.copyOf(changedEntryIds);
        removedEntryIds = Set.copyOf(removedEntryIds);
    }
}
