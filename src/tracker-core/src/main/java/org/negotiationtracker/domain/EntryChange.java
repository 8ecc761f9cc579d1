package org.negotiationtracker.domain;

import java.util.HashSet;
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

    /**
     * What this change and a later one changed together, entry by entry: an entry new here and gone later never
     * was; an entry gone here and back later changed.
     */
    public EntryChange followedBy(EntryChange later) {
        Set<String> created = new HashSet<>(newEntryIds);
        Set<String> changed = new HashSet<>(changedEntryIds);
        Set<String> removed = new HashSet<>(removedEntryIds);
        for (String gone : later.removedEntryIds) {
            changed.remove(gone);
            if (!created.remove(gone)) {
                removed.add(gone);
            }
        }
        for (String added : later.newEntryIds) {
            if (removed.remove(added)) {
                changed.add(added);
            } else {
                created.add(added);
            }
        }
        for (String entryId : later.changedEntryIds) {
            if (!created.contains(entryId)) {
                changed.add(entryId);
            }
        }
        return new EntryChange(created, changed, removed);
    }
}
