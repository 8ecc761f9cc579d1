package org.negotiationtracker.stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.List;
import org.negotiationtracker.domain.ReviewPolicy;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.eventlog.LoggedEvent;
import org.negotiationtracker.eventlog.StoredEvent;
import org.negotiationtracker.logfollowing.LogFollowing;
import org.negotiationtracker.projection.ReviewConfig;

/**
 * Folds one topic from the log up to a given position: the exact state a stream must show after an
 * event, which the read model (always at the newest position) cannot give for older ones.
 */
@ApplicationScoped
class TopicReplay {

    private static final int PAGE = 1000;

    private final LogFollowing log;
    private final ObjectMapper mapper;
    private final ReviewPolicy policy;

    TopicReplay(LogFollowing log, ObjectMapper mapper, ReviewConfig review) {
        this.log = log;
        this.mapper = mapper;
        this.policy = review.policy();
    }

    /** The topic as of {@code position}; null when it was not registered by then. */
    TopicProjection upTo(String topicId, long position) {
        TopicProjection projection = null;
        for (LoggedEvent logged : log.readUpTo(position, topicId, List.of(), PAGE)) {
            projection = TopicProjection.fold(policy, projection, logged.event(), logged.topicVersion(),
                    logged.position());
        }
        return projection;
    }

    /**
     * The topic just after {@code stored}: {@code known} moved on by it when {@code known} is the topic just
     * before it, else folded again from the log, as it is for a subscriber's first event or after a gap.
     */
    TopicProjection after(TopicProjection known, StoredEvent stored) {
        if (known != null && known.version() == stored.topicVersion() - 1) {
            LoggedEvent logged = log.decode(stored);
            return TopicProjection.fold(policy, known, logged.event(), logged.topicVersion(), logged.position());
        }
        return upTo(stored.topicId(), stored.position());
    }

    /** The SSE message that shows the topic's state at a log position. */
    byte[] stateMessage(long position, TopicProjection projection) {
        return SseText.message(position, "state", json(projection.state(null)));
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
