package org.negotiationtracker.extraction;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.negotiationtracker.article.ArticleExtractor;

/** The extractor, the worker that reads each received article and appends its events. */
@ConfigMapping(prefix = "tracker.extractor")
public interface ExtractorConfig {

    /**
     * Whether this instance runs the extractor. On by default, so the embedded one-command start extracts; API
     * replicas that should not carry the language models' memory turn it off, and one instance with it on (the
     * extractor Deployment) extracts for all of them. With several on, one extracts at a time, the others stand by.
     */
    @WithDefault("true")
    boolean enabled();

    /**
     * The longest {@code Prefer: wait=N} that {@code POST /api/articles} honours: a client asking for more waits this
     * long at most, then gets 202 if the article's events have not arrived.
     */
    @WithDefault("30s")
    Duration maxWait();

    /**
     * Which models read the articles besides the rules and gazetteers: {@code trained} (NLP4J's named entities,
     * lemmas and dependency parse; about a minute and 3.5 GB of memory to load, in the background, on the instance
     * that extracts) or {@code rules-only} (OpenNLP's tagger alone: a second and little memory, fewer events found;
     * docs/extraction.md compares them).
     */
    @WithDefault("trained")
    ArticleExtractor.Models models();
}
