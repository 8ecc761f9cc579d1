package org.negotiationtracker.eventlog;

/**
 * Told, after the commit, that the log head moved: by an append of this instance, or (on PostgreSQL) of any
 * replica, through the head notification. Readers that tail the log go and read.
 */
public interface CommitListener {

    void committed(long head);
}
