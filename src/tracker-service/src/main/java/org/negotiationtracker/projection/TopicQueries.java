package org.negotiationtracker.projection;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.negotiationtracker.domain.TimelineEntry;
import org.negotiationtracker.domain.TopicDefinition;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.domain.TopicState;

/**
 * Reads of one generation of the topic read models (the one {@link ProjectionProgress} names): current state as
 * stored, or any past date folded from the timeline rows.
 */
@ApplicationScoped
@Transactional
public class TopicQueries {

    private final ReadModelCodec codec;

    TopicQueries(ReadModelCodec codec) {
        this.codec = codec;
    }

    public List<TopicSummary> topics(int generation) {
        return topicRows(generation).stream()
                .map(record -> TopicSummary.of(codec.read(record.state, TopicState.class)))
                .toList();
    }

    /** Every registered topic's definition, in id order: what an article is matched against. */
    public List<TopicDefinition> definitions(int generation) {
        return topicRows(generation).stream()
                .map(record -> codec.read(record.definition, TopicDefinition.class))
                .toList();
    }

    public boolean exists(int generation, String topicId) {
        return TopicStateRecord.count("generation = ?1 and topicId = ?2", generation, topicId) > 0;
    }

    /** The current state exactly as stored, without parsing it. */
    public Optional<String> currentStateJson(int generation, String topicId) {
        return topicRow(generation, topicId).map(record -> record.state);
    }

    public Optional<TopicState> stateAsOf(int generation, String topicId, LocalDate asOf) {
        return projectionAsOf(generation, topicId, asOf).map(projection -> projection.state(asOf));
    }

    public Optional<List<TimelineEntry>> timeline(int generation, String topicId, LocalDate asOf) {
        return projectionAsOf(generation, topicId, asOf).map(projection -> projection.timeline(asOf));
    }

    private static List<TopicStateRecord> topicRows(int generation) {
        return TopicStateRecord.list("generation", Sort.by("topicId"), generation);
    }

    private static Optional<TopicStateRecord> topicRow(int generation, String topicId) {
        return TopicStateRecord.find("generation = ?1 and topicId = ?2", generation, topicId).firstResultOptional();
    }

    private Optional<TopicProjection> projectionAsOf(int generation, String topicId, LocalDate asOf) {
        Parameters topic = Parameters.with("generation", generation).and("topicId", topicId);
        return topicRow(generation, topicId).map(row -> codec.projection(row, asOf == null
                ? TimelineEntryRecord.list("generation = :generation and topicId = :topicId", topic)
                : TimelineEntryRecord.list("generation = :generation and topicId = :topicId and occurredUntil <= :asOf",
                        topic.and("asOf", asOf))));
    }
}
