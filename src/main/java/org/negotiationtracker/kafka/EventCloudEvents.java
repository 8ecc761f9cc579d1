package org.negotiationtracker.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.negotiationtracker.domain.DiplomaticEvent;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.eventlog.LoggedEvent;

/**
 * A logged event as a CloudEvent: {@code id} the event id (consumers deduplicate by it), {@code type}
 * the event type, {@code subject} the topic id, the log position and topic version as extensions, and
 * the same JSON as {@code GET /api/events} as data.
 *
 * <p>CloudEvents {@code time} must be an RFC 3339 timestamp, while news often gives only a day, a month
 * or a year. {@code time} is then the first instant of that period in UTC, so consumers can order and
 * filter by it, and the {@code occurredat} extension keeps the date exactly as precise as the source
 * gave it ({@code 2019-06}). A topic registration has no event time: its {@code time} is when it was
 * recorded.
 */
@ApplicationScoped
class EventCloudEvents {

    static final String POSITION = "position";
    static final String TOPIC_VERSION = "topicversion";
    static final String OCCURRED_AT = "occurredat";

    private final ObjectMapper mapper;
    private final String source;

    EventCloudEvents(ObjectMapper mapper, KafkaSettings settings) {
        this.mapper = mapper;
        this.source = settings.source().toString().replaceAll("/+$", "");
    }

    CloudEvent of(LoggedEvent logged) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(logged.event().id())
                .withSource(URI.create(source + "/topics/" + logged.event().topicId()))
                .withType(logged.event().type().wireName())
                .withSubject(logged.event().topicId())
                .withDataContentType("application/json")
                .withData(json(logged))
                .withExtension(POSITION, logged.position())
                .withExtension(TOPIC_VERSION, logged.topicVersion());
        if (logged.event() instanceof DiplomaticEvent event) {
            builder.withTime(firstInstant(event.occurredAt()))
                    .withExtension(OCCURRED_AT, event.occurredAt().toString());
        } else {
            builder.withTime(logged.recordedAt().atOffset(ZoneOffset.UTC));
        }
        return builder.build();
    }

    private static OffsetDateTime firstInstant(PartialDate date) {
        return date.precision() == PartialDate.Precision.INSTANT ? OffsetDateTime.parse(date.toString())
                : date.firstDay().atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private byte[] json(LoggedEvent logged) {
        try {
            return mapper.writeValueAsBytes(logged);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
