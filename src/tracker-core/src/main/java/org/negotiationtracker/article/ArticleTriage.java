package org.negotiationtracker.article;

import java.util.Optional;

/**
 * What an article is, read without the trained models: when it was published and which registered topic it is
 * about, if any. Cheap enough for the request path; the events come later, from {@link ArticleExtractor#events}.
 */
public record ArticleTriage(Publication publication, Optional<TopicMatch> topic) {
}
