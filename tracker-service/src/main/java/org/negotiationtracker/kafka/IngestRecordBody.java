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
 * What an ingest record carries: events, as the JSON {@code POST /api/events} takes (one event or an
 * array), or an article, as the JSON {@code POST /api/articles} takes. The record is either that JSON
 * itself (always events), a binary-mode CloudEvent (ce_* headers) whose data it is, or a structured-mode
 * CloudEvent (content type application/cloudevents+json) whose {@code data} it is. A CloudEvent of type
 * {@value #ARTICLE_TYPE} carries an article; any other type, events.
 */
record IngestRecordBody(JsonNode json, boolean article) {

    static final String ARTICLE_TYPE = "article.submitted";
    private static final String CLOUDEVENT_TYPE_HEADER = "ce_type";

    private static final String CLOUDEVENT_SPECVERSION_HEADER = "ce_specversion";
    private static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents";

    /** @throws ProblemException saying what is wrong, for a record that holds no JSON events or article */
    static IngestRecordBody of(ConsumerRecord<byte[], byte[]> record, JsonBody body) {
        if (record.value() == null || record.value().length == 0) {
            throw new ProblemException(Problem.of(400, "malformed-json", "Malformed JSON",
                    "the record has no value; expected an event or an array of events as JSON"));
        }
        JsonNode json = body.parse(new ByteArrayInputStream(record.value()));
        if (record.headers().lastHeader(CLOUDEVENT_SPECVERSION_HEADER) == null && isStructuredCloudEvent(record)) {
            boolean article = ARTICLE_TYPE.equals(json.path("type").asText());
            JsonNode data = json.get("data");
            if (data == null || !(data.isObject() || (data.isArray() && !article))) {
                throw JsonBody.invalid(List.of(new Problem.FieldError("/data", article
                        ? "a structured CloudEvent of type " + ARTICLE_TYPE + " must carry the article as a JSON "
                        + "object in data"
                        : "a structured CloudEvent must carry the event or the array of events as JSON in data")));
            }
            return new IngestRecordBody(data, article);
        }
        Header type = record.headers().lastHeader(CLOUDEVENT_TYPE_HEADER);
        return new IngestRecordBody(json, record.headers().lastHeader(CLOUDEVENT_SPECVERSION_HEADER) != null
                && type != null && ARTICLE_TYPE.equals(new String(type.value(), StandardCharsets.UTF_8)));
    }

    private static boolean isStructuredCloudEvent(ConsumerRecord<byte[], byte[]> record) {
        Header contentType = record.headers().lastHeader("content-type");
        return contentType != null && new String(contentType.value(), StandardCharsets.UTF_8)
                .startsWith(STRUCTURED_CONTENT_TYPE);
    }
}
