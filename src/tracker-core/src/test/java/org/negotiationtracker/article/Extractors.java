package org.negotiationtracker.article;

import java.util.List;

/**
 * One extractor for all tests, with the trained models (loaded once, on its first article: about a minute), and
 * one with the rules alone, to show what the models add.
 */
final class Extractors {

    static final ArticleExtractor SHARED = ArticleExtractor.load(List.of());
    static final ArticleExtractor RULES_ONLY = ArticleExtractor.load(List.of(), ArticleExtractor.Models.RULES_ONLY);

    private Extractors() {
    }
}
