package org.negotiationtracker.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.negotiationtracker.domain.PartialDate;

/**
 * A news article as a client sends it: its text (plain, or HTML that is reduced to text), and where and
 * when it was published. Without {@code publishedAt} the article is dated by the dateline of its text.
 */
public record ArticleRequest(
        @Size(max = 1000) String title,
        @NotBlank(message = "is required: the article's text, plain or HTML") String text,
        @Size(max = 200) String publisher,
        @Size(max = 2000) String url,
        PartialDate publishedAt) {
}
