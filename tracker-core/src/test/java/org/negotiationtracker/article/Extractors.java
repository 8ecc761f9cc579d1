package org.negotiationtracker.article;

import java.util.List;

/** One extractor for all tests: loading the models takes about a second. */
public final class Extractors {

    public static final ArticleExtractor SHARED = ArticleExtractor.load(List.of());

    private Extractors() {
    }
}
