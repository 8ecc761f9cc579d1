package org.negotiationtracker.review;

import org.negotiationtracker.domain.TopicEvent;

/** A decision as the log holds it: where it stands, and the decision event itself. */
public record DecisionAnswer(long position, TopicEvent decision) {
}
