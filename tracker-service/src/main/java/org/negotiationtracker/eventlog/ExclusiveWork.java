package org.negotiationtracker.eventlog;

import java.sql.Connection;

/** Work that must see the log standing still: it runs holding the head lock, with appends waiting. */
@FunctionalInterface
public interface ExclusiveWork<T> {

    T run(Connection connection, long head) throws Exception;
}
