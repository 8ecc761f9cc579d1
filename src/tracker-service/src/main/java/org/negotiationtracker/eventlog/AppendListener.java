package org.negotiationtracker.eventlog;

import java.util.List;

/**
 * Told of every append inside its transaction, in position order, so that what it writes commits or rolls back
 * with the events themselves: for what must hold at the moment of the append, such as the article index that keeps
 * a repost out of the log. Read models are not listeners; they follow the log after the commit.
 */
public interface AppendListener {

    /** @param appended the events just given positions, in position order */
    void onAppend(List<LoggedEvent> appended);
}
