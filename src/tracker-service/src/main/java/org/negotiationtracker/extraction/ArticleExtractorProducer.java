package org.negotiationtracker.extraction;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;
import org.negotiationtracker.article.ArticleExtractor;
import org.negotiationtracker.articles.ArticlesConfig;

/**
 * The one extractor of the service, made at start-up: its gazetteers load once, before the first request (the
 * request path dates articles and finds their topics with them), and a missing or broken gazetteer directory stops
 * the start instead of failing articles later. Its trained models load on the extractor's thread, in the
 * background (on the extractor's thread, {@link ExtractionWorker}), on the instance that runs it.
 */
class ArticleExtractorProducer {

    private static final Logger LOG = Logger.getLogger(ArticleExtractorProducer.class);

    @Produces
    @Singleton
    @Startup
    ArticleExtractor extractor(ArticlesConfig config, ExtractorConfig extractorConfig, Clock clock) {
        List<Path> dirs = config.gazetteerDirs().orElse(List.of()).stream().filter(d -> !d.isBlank())
                .map(d -> Path.of(d.strip())).toList();
        long started = System.nanoTime();
        // yearless datelines take their year from the same clock that tells a future publication date
        ArticleExtractor extractor = ArticleExtractor.load(dirs, extractorConfig.models()).withClock(clock);
        LOG.infof("article extractor loaded in %d ms, extra gazetteer directories: %s",
                (System.nanoTime() - started) / 1_000_000, dirs.isEmpty() ? "none" : dirs);
        return extractor;
    }
}
