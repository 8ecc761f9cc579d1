package org.negotiationtracker.articles;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Article intake (POST /api/articles and the Kafka ingest topic). */
@ConfigMapping(prefix = "tracker.articles")
public interface ArticlesConfig {

    /**
     * Largest article text (UTF-8 bytes, before HTML is reduced to text); a larger one gets 413, as extraction
     * time grows with the text. Keep it below {@code tracker.api.max-body-size}, which bounds the whole body.
     */
    @WithDefault("256K")
    MemorySize maxTextBytes();

    /**
     * Extra gazetteer directories, read at start-up besides the bundled gazetteers, so a deployment can
     * teach the extractor new names without a rebuild.
     */
    Optional<List<String>> gazetteerDirs();
}
