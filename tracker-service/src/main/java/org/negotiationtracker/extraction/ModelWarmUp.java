package org.negotiationtracker.extraction;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import org.negotiationtracker.article.Article;
import org.negotiationtracker.article.ArticleExtractor;
import org.negotiationtracker.article.Publication;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.domain.TopicDefinition;

/**
 * Loads the extractor's language models before the first article needs them, on the extractor's own thread, so
 * that the service is ready in seconds while they load. The extractor loads them on its first reading; this one
 * reads a sentence of its own. Until it is done, readiness says the models are loading (which does not make the
 * service unready).
 */
@ApplicationScoped
class ModelWarmUp {

    private static final Logger LOG = Logger.getLogger(ModelWarmUp.class);
    private static final Article SENTENCE = new Article(null,
            "The two delegations met in Geneva on Monday and agreed to hold further talks.", null, null, null);
    private static final TopicDefinition TOPIC = new TopicDefinition("warm-up", "Warm-up",
            List.of("Geneva"), List.of(), List.of(), List.of());

    private final ArticleExtractor extractor;
    private volatile boolean loaded;

    ModelWarmUp(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /** Loads the models, once; a failure is thrown and the next call tries again. */
    void run() {
        if (loaded) {
            return;
        }
        long started = System.nanoTime();
        extractor.events(SENTENCE, new Publication(PartialDate.ofDay(LocalDate.now()), Publication.Origin.PUBLISHED_AT,
                false), TOPIC);
        loaded = true;
        LOG.infof("article extractor %s ready in %d ms", extractor.version(), (System.nanoTime() - started) / 1_000_000);
    }

    boolean loaded() {
        return loaded;
    }
}
