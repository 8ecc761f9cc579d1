package org.negotiationtracker.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The reports awaiting a reviewer: those of the entries that stand only proposed, lowest confidence first. */
public final class ReviewQueue {

    private static final Comparator<DiplomaticEvent> LEAST_CONFIDENT_FIRST = Comparator
            .comparingDouble((DiplomaticEvent report) -> Review.confidence(report).orElse(0))
            .thenComparing(DiplomaticEvent::id);

    private ReviewQueue() {
    }

    /** An entry confirmed by corroboration or by any of its reports needs no reviewer. */
    public static List<DiplomaticEvent> of(TopicProjection projection) {
        List<DiplomaticEvent> proposed = new ArrayList<>();
        for (TimelineEntry entry : projection.timeline(null)) {
            if (!entry.confirmed()) {
                proposed.addAll(projection.reports(entry.id()));
            }
        }
        proposed.sort(LEAST_CONFIDENT_FIRST);
        return proposed;
    }
}
