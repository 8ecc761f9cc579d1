package org.negotiationtracker.review;

import java.util.List;
import java.util.Map;
import org.negotiationtracker.domain.PartialDate;

/**
 * A topic's review queue as of log position {@code position}: its proposed events, lowest confidence first, and the
 * articles they were read from, by id.
 */
public record ReviewQueuePage(String topicId, long position, List<ReviewItem> items, Map<String, Article> articles) {

    /** The article an item's evidence points into. */
    public record Article(String title, String publisher, String url, PartialDate publishedAt, String text) {
    }
}
