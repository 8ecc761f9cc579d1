package org.negotiationtracker.eventlog;

/** Told, after the commit, that this instance moved the log head: live readers can go and read. */
public interface CommitListener {

    void committed(long head);
}
