package org.negotiationtracker.article;

import org.negotiationtracker.domain.PartialDate;

/** When the article was published and how we know: from the submission, or read from its dateline. */
public record Publication(PartialDate date, Origin origin, boolean yearInferred) {

    public enum Origin { PUBLISHED_AT, DATELINE }
}
