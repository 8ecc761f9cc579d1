package org.negotiationtracker.domain;

import java.util.Set;

/** What one report changed on a timeline: the entry that now holds it, and the entries merged into it. */
public record EntryChange(String entryId, Set<String> absorbedEntryIds) {

    public EntryChange {
        absorbedEntryIds = Set.copyOf(absorbedEntryIds);
    }
}
