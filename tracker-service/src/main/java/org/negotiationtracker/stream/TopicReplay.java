package org.negotiationtracker.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.List;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.domain.TopicRegistered;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.eventlog.LoggedEvent;

/**
 * Folds one topic from the log up to a given position: the exact state a stream must show after an
 * event, which the read model (always at the newest position) cannot give for older ones.
 */
@ApplicationScoped
class TopicReplay {

    private static final int PAGE = 1000;

    private final EventLog log;
    private final ObjectMapper mapper;

    TopicReplay(EventLog log, ObjectMapper mapper) {
        this.log = log;
        this.mapper = mapper;
    }

    /** The topic as of {@code position}; null when it was not registered by then. */
    TopicProjection upTo(String topicId, long position) {
        TopicProjection projection = null;
        long after = 0;
        while (true) {
            List<LoggedEvent> page = log.read(after, PAGE, topicId, List.of());
            for (LoggedEvent logged : page) {
                if (logged.position() > position) {
                    return projection;
                }
                projection = apply(projection, logged);
            }
            if (page.size() < PAGE) {
                return projection;
            }
            after = page.get(page.size() - 1).position();
        }
    }

    static TopicProjection apply(TopicProjection projection, LoggedEvent logged) {
        if (logged.event() instanceof TopicRegistered registered) {
            return new TopicProjection(registered.topic(), logged.topicVersion(), logged.position());
        }
        projection.apply(logged.event(), logged.topicVersion(), logged.position());
        return projection;
    }

    String stateJson(TopicProjection projection) {
        return json(projection.state(null));
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
