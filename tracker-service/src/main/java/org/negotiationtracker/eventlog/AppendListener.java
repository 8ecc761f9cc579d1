package org.negotiationtracker.eventlog;

import java.util.List;

/**
 * Told of every append inside its transaction, in position order, so that what it writes commits or
 * rolls back with the events themselves.
 */
public interface AppendListener {

    /**
     * @param appended       the events just given positions, in position order
     * @param logMovedBehind true when other writers (another replica, a rebuild) changed the log since
     *                       this instance's previous append, so anything cached from then is stale
     */
    void onAppend(List<LoggedEvent> appended, boolean logMovedBehind);

    /**
     * The transaction of the last {@link #onAppend} calls did not commit: whatever a listener kept in memory from
     * them describes events that are not in the log. A listener that only writes in the transaction has nothing
     * to forget.
     */
    default void rolledBack() {
    }
}
