package org.negotiationtracker.api;

import java.util.List;
import org.negotiationtracker.eventlog.Appended;

/** The outcome of an append, event by event, in the order they were posted. */
public record AppendResponse(int appended, int duplicates, List<Appended> events) {

    static AppendResponse of(List<Appended> events) {
        int duplicates = (int) events.stream().filter(Appended::duplicate).count();
        return new AppendResponse(events.size() - duplicates, duplicates, events);
    }
}
