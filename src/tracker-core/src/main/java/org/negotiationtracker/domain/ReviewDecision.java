package org.negotiationtracker.domain;

import java.time.Instant;

/**
 * An analyst's decision on a diplomatic event: confirmed, rejected or corrected. Each names who decided (the
 * token's {@code upn} or {@code sub}) and when; {@code comment} is optional.
 */
public interface ReviewDecision {

    String id();

    String topicId();

    EventType type();

    /** The diplomatic event decided on. */
    String decidedEventId();

    String decidedBy();

    Instant decidedAt();

    String comment();
}
