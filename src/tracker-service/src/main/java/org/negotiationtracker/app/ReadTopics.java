package org.negotiationtracker.app;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.negotiationtracker.domain.TimelineEntry;
import org.negotiationtracker.domain.TopicDefinition;
import org.negotiationtracker.domain.TopicState;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.jdbc.Jdbc;
import org.negotiationtracker.problem.Problem;
import org.negotiationtracker.problem.ProblemException;
import org.negotiationtracker.projection.PositionBeyondHeadException;
import org.negotiationtracker.projection.ProjectionBehindException;
import org.negotiationtracker.projection.ProjectionConfig;
import org.negotiationtracker.projection.ProjectionProgress;
import org.negotiationtracker.projection.TopicQueries;
import org.negotiationtracker.projection.TopicStateRows;
import org.negotiationtracker.projection.TopicSummary;
import org.negotiationtracker.request.TopicRequest;

/**
 * The topics as their read models hold them, which follow the log a little behind the appends. A read that passes
 * a position ({@code minPosition}: the one an append answered with) waits until the read models have folded the
 * log that far, so a client always reads its own writes; without one it answers at once with what is folded. A
 * topic that is not registered is a 404 problem, and so is an id that is no topic slug, answered without asking
 * the database (which refuses some characters, U+0000, with an error).
 */
@ApplicationScoped
public class ReadTopics {

    private final TopicQueries queries;
    private final TopicStateRows rows;
    private final ProjectionProgress progress;
    private final EventLog log;
    private final ProjectionConfig config;
    private final AgroalDataSource dataSource;

    ReadTopics(TopicQueries queries, TopicStateRows rows, ProjectionProgress progress, EventLog log,
               ProjectionConfig config, AgroalDataSource dataSource) {
        this.queries = queries;
        this.rows = rows;
        this.progress = progress;
        this.log = log;
        this.config = config;
        this.dataSource = dataSource;
    }

    public AtPosition<List<TopicSummary>> summaries(long minPosition) {
        return read(minPosition, queries::topics);
    }

    /** Every registered topic's definition, with every topic registered before this call. */
    public List<TopicDefinition> definitionsUpToHead() {
        return read(log.head(), queries::definitions).value();
    }

    /** The current state exactly as stored, without parsing it. */
    public AtPosition<String> currentStateJson(String topicId, long minPosition) {
        String id = wellFormed(topicId);
        return found(topicId, read(minPosition, generation -> queries.currentStateJson(generation, id)));
    }

    public AtPosition<TopicState> stateAsOf(String topicId, LocalDate asOf, long minPosition) {
        String id = wellFormed(topicId);
        return found(topicId, read(minPosition, generation -> queries.stateAsOf(generation, id, asOf)));
    }

    /** The timeline now ({@code asOf} null) or as it stood on an event-time date. */
    public AtPosition<List<TimelineEntry>> timeline(String topicId, LocalDate asOf, long minPosition) {
        String id = wellFormed(topicId);
        return found(topicId, read(minPosition, generation -> queries.timeline(generation, id, asOf)));
    }

    /**
     * Registration is read from the log itself, not the read models, so a stream opened right after the topic was
     * registered finds it.
     *
     * @throws ProblemException when the topic is not registered
     */
    public void requireRegistered(String topicId) {
        if (!log.hasTopic(wellFormed(topicId))) {
            throw topicNotFound(topicId);
        }
    }

    /**
     * How far the read models have folded the log, as the database holds it (whichever replica folds), for the
     * Kafka relay: it reads the position, then a page of the log up to it, then the states of the topics the page
     * touches, so that none is older than the page.
     */
    public long projectedPosition() {
        return Jdbc.query(dataSource, "reading how far the read models have folded", rows::projectedPosition);
    }

    /** The current states of those topics that exist, as stored. */
    public Map<String, String> currentStatesJson(Collection<String> topicIds) {
        return Jdbc.query(dataSource, "reading the topic states", connection -> rows.statesJson(connection, topicIds));
    }

    private <T> AtPosition<T> read(long minPosition, IntFunction<T> query) {
        ProjectionProgress.Projected projected;
        try {
            projected = minPosition > 0 ? progress.reached(minPosition, config.readWait()) : progress.current();
        } catch (PositionBeyondHeadException e) {
            throw ProblemException.badParameter(e.getMessage());
        } catch (ProjectionBehindException e) {
            throw ProblemException.projectionBehind(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.projectionBehind("interrupted while waiting for the read models");
        }
        return new AtPosition<>(query.apply(projected.generation()), projected.position());
    }

    private static <T> AtPosition<T> found(String topicId, AtPosition<Optional<T>> read) {
        return new AtPosition<>(read.value().orElseThrow(() -> topicNotFound(topicId)),
                read.position());
    }

    private static String wellFormed(String topicId) {
        if (!TopicRequest.isTopicId(topicId)) {
            throw topicNotFound(topicId);
        }
        return topicId;
    }

    /** The problem of a topic id the log does not hold, the id cut short and made printable. */
    public static ProblemException topicNotFound(String topicId) {
        String shown = topicId.length() > TopicRequest.MAX_ID_LENGTH
                ? topicId.substring(0, TopicRequest.MAX_ID_LENGTH) + "…" : topicId;
        return new ProblemException(Problem.of(404, "unknown-topic", "Unknown topic",
                "topic \"" + shown.replace("\u0000", "\\u0000") + "\" is not registered (a topic id is a lower-case slug of"
                        + " at most " + TopicRequest.MAX_ID_LENGTH + " characters)"));
    }
}
