package org.negotiationtracker.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.negotiationtracker.domain.Confirmation;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.ReviewPolicy;
import org.negotiationtracker.domain.TopicDefinition;
import org.negotiationtracker.domain.TopicProjection;
import org.negotiationtracker.domain.TopicState;

/** Turns projections into read-model rows and back. */
@ApplicationScoped
class ReadModelCodec {

    private static final TypeReference<List<DiplomaticEvent>> REPORTS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Confirmation>> CONFIRMATIONS = new TypeReference<>() {
    };

    /** One stored entry's columns a projection is restored from: its reports, and their confirmations or null. */
    record StoredEntry(String reports, String confirmations) {
    }

    private final ObjectMapper mapper;
    private final ReviewPolicy policy;

    ReadModelCodec(ObjectMapper mapper, ReviewConfig review) {
        this.mapper = mapper;
        this.policy = review.policy();
    }

    /** The review policy every projection of the read models folds under. */
    ReviewPolicy policy() {
        return policy;
    }

    TopicStateRecord stateRecord(int generation, TopicProjection projection) {
        TopicState state = projection.state(null);
        TopicStateRecord record = new TopicStateRecord();
        record.generation = generation;
        record.topicId = state.id();
        record.title = state.title();
        record.status = state.status();
        record.version = state.version();
        record.position = state.position();
        record.reportCount = state.reportCount();
        record.lastEventAt = state.lastEventAt() == null ? null : state.lastEventAt().toString();
        record.definition = write(projection.topic());
        record.state = write(state);
        return record;
    }

    TimelineEntryRecord entryRecord(int generation, TopicProjection projection, String entryId) {
        List<DiplomaticEvent> reports = projection.reports(entryId);
        DiplomaticEvent first = reports.get(0);
        TimelineEntryRecord record = new TimelineEntryRecord();
        record.generation = generation;
        record.entryId = entryId;
        record.topicId = first.topicId();
        record.eventType = first.type().wireName();
        record.occurredAt = first.occurredAt().toString();
        record.occurredFrom = first.occurredAt().firstDay();
        record.occurredUntil = first.occurredAt().lastDay();
        record.reports = write(reports);
        Map<String, Confirmation> confirmations = projection.confirmations(entryId);
        record.confirmations = confirmations.isEmpty() ? null : write(confirmations);
        return record;
    }

    /** A projection from stored rows: the definition and log position of the topic, and the given entries. */
    TopicProjection projection(TopicStateRecord topic, List<TimelineEntryRecord> entries) {
        return projection(topic.definition, topic.version, topic.position,
                entries.stream().map(entry -> new StoredEntry(entry.reports, entry.confirmations)).toList());
    }

    /** A projection from the columns of stored rows: the topic's definition and log position, its entries. */
    TopicProjection projection(String definition, int version, long position, List<StoredEntry> entries) {
        TopicProjection projection = new TopicProjection(read(definition, TopicDefinition.class), policy, version,
                position);
        for (StoredEntry entry : entries) {
            readReports(entry.reports()).forEach(projection::restore);
        }
        for (StoredEntry entry : entries) {
            if (entry.confirmations() != null) {
                readConfirmations(entry.confirmations()).forEach(projection::restore);
            }
        }
        return projection;
    }

    String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Confirmation> readConfirmations(String json) {
        try {
            return mapper.readValue(json, CONFIRMATIONS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<DiplomaticEvent> readReports(String json) {
        try {
            return mapper.readValue(json, REPORTS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
