package org.negotiationtracker.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.negotiationtracker.domain.TimelineEntry;
import org.negotiationtracker.domain.TopicState;
import org.negotiationtracker.projection.TopicQueries;
import org.negotiationtracker.projection.TopicStateRows;
import org.negotiationtracker.projection.TopicSummary;

/**
 * The topics as their read models hold them; a topic that is not registered is a 404 problem, and so is an id that
 * is no topic slug, answered without asking the database (which refuses some characters, U+0000, with an error).
 */
@ApplicationScoped
public class ReadTopics {

    private final TopicQueries queries;
    private final TopicStateRows rows;

    ReadTopics(TopicQueries queries, TopicStateRows rows) {
        this.queries = queries;
        this.rows = rows;
    }

    public List<TopicSummary> summaries() {
        return queries.topics();
    }

    /** @throws ProblemException when the topic is not registered */
    public void requireRegistered(String topicId) {
        if (!queries.exists(wellFormed(topicId))) {
            throw ProblemException.topicNotFound(topicId);
        }
    }

    /** The current state exactly as stored, without parsing it. */
    public String currentStateJson(String topicId) {
        return queries.currentStateJson(wellFormed(topicId)).orElseThrow(() -> ProblemException.topicNotFound(topicId));
    }

    public TopicState stateAsOf(String topicId, LocalDate asOf) {
        return queries.stateAsOf(wellFormed(topicId), asOf).orElseThrow(() -> ProblemException.topicNotFound(topicId));
    }

    /** The timeline now ({@code asOf} null) or as it stood on an event-time date. */
    public List<TimelineEntry> timeline(String topicId, LocalDate asOf) {
        return queries.timeline(wellFormed(topicId), asOf).orElseThrow(() -> ProblemException.topicNotFound(topicId));
    }

    private static String wellFormed(String topicId) {
        if (!TopicRequest.isTopicId(topicId)) {
            throw ProblemException.topicNotFound(topicId);
        }
        return topicId;
    }

    /**
     * The current states of those topics that exist, as stored, read on a connection the caller holds: the
     * Kafka relay reads them right after a page of the log, on the same connection, so that none is older.
     */
    public Map<String, String> currentStatesJson(Connection connection, Collection<String> topicIds)
            throws SQLException {
        return rows.statesJson(connection, topicIds);
    }
}
