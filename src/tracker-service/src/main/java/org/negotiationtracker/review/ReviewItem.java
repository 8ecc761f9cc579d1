package org.negotiationtracker.review;

import java.util.List;
import org.negotiationtracker.domain.Actor;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.domain.Source;

/**
 * One proposed event awaiting a reviewer: what the extractor read, how confident it was, and where in its article
 * it read it ({@code evidence}: the sentence and its character offsets into the article's text).
 */
public record ReviewItem(String eventId, String entryId, EventType type, PartialDate occurredAt,
                         PartialDate plannedFor, List<Actor> actors, String location, String summary, String subject,
                         Source source, Double confidence, Evidence evidence, String articleId, String extractor) {

    /** {@code start} and {@code end} index the article's {@code text} as stored, end exclusive. */
    public record Evidence(String sentence, Integer start, Integer end) {
    }
}
