package org.negotiationtracker.article;

import org.negotiationtracker.domain.PartialDate;

/** An article as submitted, already reduced to plain text. {@code publishedAt} may be null. */
public record Article(String title, String text, String publisher, String url, PartialDate publishedAt) {
}
