package org.negotiationtracker.kafka;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.extensions.DistributedTracingExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.negotiationtracker.domain.PartialDate;
import org.negotiationtracker.eventlog.StoredEvent;

/**
 * A logged event as a CloudEvent: {@code id} the event id (consumers deduplicate by it), {@code type}
 * the event type, {@code subject} the topic id, the log position and topic version as extensions, and
 * the same JSON as {@code GET /api/events} as data.
 *
 * <p>CloudEvents {@code time} must be an RFC 3339 timestamp, while news often gives only a day, a month
 * or a year. {@code time} is then the first instant of that period in UTC, so consumers can order and
 * filter by it, and the {@code occurredat} extension keeps the date exactly as precise as the source
 * gave it ({@code 2019-06}). An event without an event time (a topic registration) has as {@code time}
 * when it was recorded.
 *
 * <p>An event appended within a trace carries that append's W3C trace context as the CloudEvents
 * distributed-tracing extension ({@code traceparent}, {@code tracestate}), so a consumer's spans can join it.
 *
 * <p>The event is built from its stored row without decoding it ({@link StoredEvent#json()}).
 */
@ApplicationScoped
class EventCloudEvents {

    static final String POSITION = "position";
    static final String TOPIC_VERSION = "topicversion";
    static final String OCCURRED_AT = "occurredat";

    private final String source;
    /** One per topic, parsed once: building a URI per event cost the relay a tenth of its reading thread. */
    private final Map<String, URI> sources = new ConcurrentHashMap<>();

    EventCloudEvents(KafkaConfig settings) {
        this.source = settings.source().toString().replaceAll("/+$", "");
    }

    CloudEvent of(StoredEvent stored) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(stored.eventId())
                .withSource(sources.computeIfAbsent(stored.topicId(),
                        topicId -> URI.create(source + "/topics/" + topicId)))
                .withType(stored.type().wireName())
                .withSubject(stored.topicId())
                .withDataContentType("application/json")
                .withData(stored.json().getBytes(StandardCharsets.UTF_8))
                .withExtension(POSITION, stored.position())
                .withExtension(TOPIC_VERSION, stored.topicVersion());
        if (stored.occurredAt() != null) {
            builder.withTime(firstInstant(stored.occurredAt()))
                    .withExtension(OCCURRED_AT, stored.occurredAt());
        } else {
            builder.withTime(stored.recordedAt().atOffset(ZoneOffset.UTC));
        }
        if (stored.traceParent() != null) {
            DistributedTracingExtension trace = new DistributedTracingExtension();
            trace.setTraceparent(stored.traceParent());
            trace.setTracestate(stored.traceState());
            builder.withExtension(trace);
        }
        return builder.build();
    }

    /**
     * The log stores event times in {@link PartialDate}'s canonical form, so the usual day, month and year
     * are read by position: the relay does this for every event, and the general parser's patterns cost
     * more than the rest of building the CloudEvent.
     */
    private static OffsetDateTime firstInstant(String occurredAt) {
        LocalDate day = switch (occurredAt.length()) {
            case 10 -> LocalDate.of(digits(occurredAt, 0, 4), digits(occurredAt, 5, 7), digits(occurredAt, 8, 10));
            case 7 -> LocalDate.of(digits(occurredAt, 0, 4), digits(occurredAt, 5, 7), 1);
            case 4 -> LocalDate.of(digits(occurredAt, 0, 4), 1, 1);
            default -> null;
        };
        if (day != null) {
            return day.atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        PartialDate date = PartialDate.parse(occurredAt);
        return date.precision() == PartialDate.Precision.INSTANT ? OffsetDateTime.parse(date.toString())
                : date.firstDay().atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static int digits(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }
}
