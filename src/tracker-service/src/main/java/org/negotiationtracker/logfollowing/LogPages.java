package org.negotiationtracker.logfollowing;

import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.eventlog.LoggedEvent;

/**
 * The events of the log from its start up to a position, read a page at a time as they are iterated, so a caller
 * holds one page at most however long the log is.
 */
final class LogPages implements Iterator<LoggedEvent> {

    private final LogFollowing log;
    private final long upTo;
    private final String topicId;
    private final Collection<EventType> types;
    private final int pageSize;
    private long after;
    private Iterator<LoggedEvent> page = Collections.emptyIterator();
    private boolean lastPage;
    private LoggedEvent next;

    LogPages(LogFollowing log, long upTo, String topicId, Collection<EventType> types, int pageSize) {
        this.log = log;
        this.upTo = upTo;
        this.topicId = topicId;
        this.types = types;
        this.pageSize = pageSize;
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public LoggedEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        LoggedEvent logged = next;
        next = null;
        return logged;
    }

    private LoggedEvent advance() {
        while (!page.hasNext()) {
            // a short page was the log's end; a read from upTo on could hold nothing wanted
            if (lastPage || after >= upTo) {
                return null;
            }
            List<LoggedEvent> read = log.read(after, pageSize, topicId, types);
            lastPage = read.size() < pageSize;
            if (!read.isEmpty()) {
                after = read.get(read.size() - 1).position();
            }
            page = read.iterator();
        }
        LoggedEvent logged = page.next();
        if (logged.position() > upTo) {
            lastPage = true;
            page = Collections.emptyIterator();
            return null;
        }
        return logged;
    }
}
