package org.negotiationtracker.domain;

/**
 * How proposed events weigh in a topic's state.
 *
 * @param countProposed        whether the state counts proposed entries (marked as such) or only confirmed ones;
 *                             the timeline always shows both, marked
 * @param corroboratingSources how many independent sources confirm an entry without a reviewer
 */
public record ReviewPolicy(boolean countProposed, int corroboratingSources) {

    /** Proposed entries count, marked; two independent sources confirm an entry. */
    public static final ReviewPolicy DEFAULT = new ReviewPolicy(true, 2);

    public ReviewPolicy {
        if (corroboratingSources < 1) {
            throw new IllegalArgumentException("corroboratingSources must be at least 1, not " + corroboratingSources);
        }
    }
}
