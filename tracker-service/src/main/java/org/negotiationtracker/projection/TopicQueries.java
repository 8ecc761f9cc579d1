package org.negotiationtracker.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.negotiationtracker.domain.TimelineEntry;
import org.negotiationtracker.domain.TopicDefinition;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.domain.TopicState;

/** Reads of the topic read models: current state as stored, or any past date folded from the timeline rows. */
@ApplicationScoped
@Transactional
public class TopicQueries {

    private final ReadModelCodec codec;

    TopicQueries(ReadModelCodec codec) {
        this.codec = codec;
    }

    public List<TopicSummary> topics() {
        return TopicStateRecord.<TopicStateRecord>listAll(io.quarkus.panache.common.Sort.by("topicId")).stream()
                .map(record -> TopicSummary.of(codec.read(record.state, TopicState.class)))
                .toList();
    }

    /** Every registered topic's definition, in id order: what an article is matched against. */
    public List<TopicDefinition> definitions() {
        return TopicStateRecord.<TopicStateRecord>listAll(io.quarkus.panache.common.Sort.by("topicId")).stream()
                .map(record -> codec.read(record.definition, TopicDefinition.class))
                .toList();
    }

    public boolean exists(String topicId) {
        return TopicStateRecord.count("topicId", topicId) > 0;
    }

    /** The current state exactly as stored, without parsing it. */
    public Optional<String> currentStateJson(String topicId) {
        return TopicStateRecord.<TopicStateRecord>findByIdOptional(topicId).map(record -> record.state);
    }

    public Optional<TopicState> stateAsOf(String topicId, LocalDate asOf) {
        return projectionAsOf(topicId, asOf).map(projection -> projection.state(asOf));
    }

    public Optional<List<TimelineEntry>> timeline(String topicId, LocalDate asOf) {
        return projectionAsOf(topicId, asOf).map(projection -> projection.timeline(asOf));
    }

    private Optional<TopicProjection> projectionAsOf(String topicId, LocalDate asOf) {
        return TopicStateRecord.<TopicStateRecord>findByIdOptional(topicId).map(topic -> codec.projection(topic,
                asOf == null ? TimelineEntryRecord.list("topicId", topicId)
                        : TimelineEntryRecord.list("topicId = ?1 and occurredUntil <= ?2", topicId, asOf)));
    }
}
