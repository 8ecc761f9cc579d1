package org.negotiationtracker.domain;

import java.util.Objects;

/**
 * A news article as it was received, kept in the stream of the topic it was assigned to, so every event
 * extracted from it can point back to its text and extraction can be run again later. {@code publishedAt}
 * is the publication date the extraction used; {@code datedBy} says where it came from, and
 * {@code yearInferred} that a dateline gave no year, so the year was inferred.
 */
public record ArticleReceived(String id, String topicId, String title, String text, String publisher, String url,
                              PartialDate publishedAt, DatedBy datedBy, boolean yearInferred) implements TopicEvent {

    /** Where an article's publication date came from. */
    public enum DatedBy {
        /** The sender gave it. */
        PUBLISHED_AT,
        /** The dateline at the head of the text ("MOSCOW, January 16. /TASS/"). */
        DATELINE
    }

    public ArticleReceived {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(datedBy, "datedBy");
    }

    @Override
    public EventType type() {
        return EventType.ARTICLE_RECEIVED;
    }

    /** The source that the events extracted from this article name. */
    public Source source() {
        return new Source(publisher, url, publishedAt);
    }
}
