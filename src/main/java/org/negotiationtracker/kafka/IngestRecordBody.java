package org.negotiationtracker.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.negotiationtracker.api.JsonBody;
import org.negotiationtracker.api.Problem;
import org.negotiationtracker.api.ProblemException;

/**
 * The events an ingest record carries, as the JSON {@code POST /api/events} takes (one event or an
 * array). The record is either that JSON itself, a binary-mode CloudEvent (ce_* headers) whose data it
 * is, or a structured-mode CloudEvent (content type application/cloudevents+json) whose {@code data} it is.
 */
final class IngestRecordBody {

    private static final String CLOUDEVENT_SPECVERSION_HEADER = "ce_specversion";
    private static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents";

    private IngestRecordBody() {
    }

    /** @throws ProblemException saying what is wrong, for a record that holds no valid JSON events */
    static JsonNode of(ConsumerRecord<byte[], byte[]> record, JsonBody body) {
        if (record.value() == null || record.value().length == 0) {
            throw new ProblemException(Problem.of(400, "malformed-json", "Malformed JSON",
                    "the record has no value; expected an event or an array of events as JSON"));
        }
        JsonNode json = body.parse(new ByteArrayInputStream(record.value()));
        if (record.headers().lastHeader(CLOUDEVENT_SPECVERSION_HEADER) == null && isStructuredCloudEvent(record)) {
            JsonNode data = json.get("data");
            if (data == null || !(data.isObject() || data.isArray())) {
                throw JsonBody.invalid(List.of(new Problem.FieldError("/data",
                        "a structured CloudEvent must carry the event or the array of events as JSON in data")));
            }
            return data;
        }
        return json;
    }

    private static boolean isStructuredCloudEvent(ConsumerRecord<byte[], byte[]> record) {
        Header contentType = record.headers().lastHeader("content-type");
        return contentType != null && new String(contentType.value(), StandardCharsets.UTF_8)
                .startsWith(STRUCTURED_CONTENT_TYPE);
    }
}
