package org.negotiationtracker.article;

import java.util.List;

/** One extractor for all tests: loading the models takes about a second. */
final class Extractors {

    static final ArticleExtractor SHARED = ArticleExtractor.load(List.of());

    private Extractors() {
    }
}
