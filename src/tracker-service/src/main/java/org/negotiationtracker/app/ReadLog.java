package org.negotiationtracker.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.eventlog.LoggedEvent;
import org.negotiationtracker.problem.ProblemException;

/** The log read page by page in position order, all of it or one topic's stream. */
@ApplicationScoped
public class ReadLog {

    private final EventLog log;
    private final ReadTopics topics;

    ReadLog(EventLog log, ReadTopics topics) {
        this.log = log;
        this.topics = topics;
    }

    /**
     * Up to {@code limit} events after position {@code after}, of every type when {@code types} is empty.
     *
     * @throws ProblemException when {@code topicId} is given and not registered
     */
    public List<LoggedEvent> page(long after, int limit, String topicId, List<EventType> types) {
        if (topicId != null) {
            topics.requireRegistered(topicId);
        }
        return log.read(after, limit, topicId, types);
    }
}
