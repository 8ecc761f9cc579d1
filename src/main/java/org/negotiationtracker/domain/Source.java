package org.negotiationtracker.domain;

import java.util.Locale;

/** Where a report of an event came from: an article or a feed. */
public record Source(String publisher, String url, PartialDate publishedAt) {

    /** Reports sharing this key come from one source, so they corroborate nothing. */
    public String key() {
        if (url != null && !url.isBlank()) {
            return "url:" + url.strip().toLowerCase(Locale.ROOT);
        }
        return "publisher:" + (publisher == null ? "" : Actor.nameKey(publisher)) + "@" + publishedAt;
    }

    public boolean namesItsOrigin() {
        return (url != null && !url.isBlank()) || (publisher != null && !publisher.isBlank());
    }
}
