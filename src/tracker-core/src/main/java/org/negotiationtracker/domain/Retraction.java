package org.negotiationtracker.domain;

/**
 * An event of the log that takes a diplomatic event back: a retraction by re-extraction, a reviewer's rejection, or
 * a correction, which replaces the event it retracts with a corrected copy.
 */
public interface Retraction {

    String retractedEventId();
}
