package org.negotiationtracker.eventlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.negotiationtracker.domain.ArticleReceived;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.EventConfirmed;
import org.negotiationtracker.domain.EventCorrected;
import org.negotiationtracker.domain.EventRejected;
import org.negotiationtracker.domain.EventRetracted;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.domain.TopicEvent;
import org.negotiationtracker.domain.TopicRegistered;

/** The JSON payload of logged events, and ids for events that arrive without one. */
@ApplicationScoped
public class EventCodec {

    private final ObjectMapper mapper;

    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String payload(TopicEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #payload} as UTF-8 bytes, written so at once. */
    public byte[] payloadBytes(TopicEvent event) {
        try {
            return mapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TopicEvent read(EventType type, String payload) {
        try {
            Class<? extends TopicEvent> shape = switch (type) {
                case TOPIC_REGISTERED -> TopicRegistered.class;
                case ARTICLE_RECEIVED -> ArticleReceived.class;
                case EVENT_RETRACTED -> EventRetracted.class;
                case EVENT_CONFIRMED -> EventConfirmed.class;
                case EVENT_REJECTED -> EventRejected.class;
                case EVENT_CORRECTED -> EventCorrected.class;
                default -> DiplomaticEvent.class;
            };
            return mapper.readValue(payload, shape);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unreadable " + type + " payload in the log", e);
        }
    }

    /**
     * An id derived from what the event says, so a feed that sends no ids can still retry: the same
     * report posted twice gets the same id and is stored once.
     */
    public String contentId(DiplomaticEvent event) {
        try {
            byte[] content = mapper.writeValueAsBytes(event.withId("").withoutMetadata());
            return UUID.nameUUIDFromBytes(content).toString();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
