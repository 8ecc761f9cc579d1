package org.negotiationtracker.projection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.negotiationtracker.domain.ReviewPolicy;

/**
 * How the events the extractor proposed weigh in the read models (for every topic). A change applies to a topic's
 * stored state at its next event; a rebuild applies it to every topic at once.
 */
@ConfigMapping(prefix = "tracker.review")
public interface ReviewConfig {

    /**
     * Whether a topic's state counts proposed entries, marked {@code proposed}, or leaves them out until a reviewer
     * (or corroboration) confirms them. The timeline shows both, marked, either way.
     */
    @WithDefault("true")
    boolean countProposed();

    /** How many independent sources confirm an entry without a reviewer. */
    @WithDefault("2")
    int corroboratingSources();

    default ReviewPolicy policy() {
        return new ReviewPolicy(countProposed(), corroboratingSources());
    }
}
