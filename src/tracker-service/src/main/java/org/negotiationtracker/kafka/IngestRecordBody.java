package org.negotiationtracker.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.extensions.DistributedTracingExtension;
import io.cloudevents.core.format.EventDeserializationException;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.core.provider.ExtensionProvider;
import io.cloudevents.jackson.JsonCloudEventData;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.negotiationtracker.problem.Problem;
import org.negotiationtracker.problem.ProblemException;
import org.negotiationtracker.request.JsonBody;

/**
 * What an ingest record carries: events, as the JSON {@code POST /api/events} takes (one event or an
 * array), or an article, as the JSON {@code POST /api/articles} takes. The record is either that JSON
 * itself (always events), a binary-mode CloudEvent (ce_* headers) whose data it is, or a structured-mode
 * CloudEvent (content type application/cloudevents+json) whose {@code data} it is. A CloudEvent of type
 * {@value #ARTICLE_TYPE} carries an article; any other type, events. The CloudEvents SDK's Kafka binding
 * tells the modes apart and reads the envelope (its JSON format, found on the class path, the structured one).
 * {@code trace} is the W3C trace context a CloudEvent's distributed-tracing extension carries
 * ({@code traceparent} and {@code tracestate}; in binary mode the {@code ce_traceparent} header), empty without it.
 */
record IngestRecordBody(JsonNode json, boolean article, Map<String, String> trace) {

    static final String ARTICLE_TYPE = "article.submitted";

    /** @throws ProblemException saying what is wrong, for a record that holds no JSON events or article */
    static IngestRecordBody of(ConsumerRecord<byte[], byte[]> record, JsonBody body) {
        if (record.value() == null || record.value().length == 0) {
            throw new ProblemException(Problem.of(400, "malformed-json", "Malformed JSON",
                    "the record has no value; expected an event or an array of events as JSON"));
        }
        // read strictly and within the size limit first, whatever the mode, as an HTTP body is
        JsonNode json = body.parse(new ByteArrayInputStream(record.value()));
        MessageReader reader;
        try {
            reader = KafkaMessageFactory.createReader(record);
        } catch (CloudEventRWException e) {
            if (e.getKind() == CloudEventRWException.CloudEventRWExceptionKind.UNKNOWN_ENCODING) {
                return new IngestRecordBody(json, false, Map.of());
            }
            throw notACloudEvent(e);
        }
        CloudEvent event;
        try {
            event = reader.toEvent();
        } catch (CloudEventRWException | EventDeserializationException | IllegalStateException e) {
            throw notACloudEvent(e);
        }
        boolean article = ARTICLE_TYPE.equals(event.getType());
        Map<String, String> trace = traceOf(event);
        if (reader.getEncoding() == Encoding.BINARY) {
            return new IngestRecordBody(json, article, trace);
        }
        JsonNode data = event.getData() instanceof JsonCloudEventData jsonData ? jsonData.getNode() : null;
        if (data == null || !(data.isObject() || (data.isArray() && !article))) {
            throw JsonBody.invalid(List.of(new Problem.FieldError("/data", article
                    ? "a structured CloudEvent of type " + ARTICLE_TYPE + " must carry the article as a JSON "
                    + "object in data"
                    : "a structured CloudEvent must carry the event or the array of events as JSON in data")));
        }
        return new IngestRecordBody(data, article, trace);
    }

    private static Map<String, String> traceOf(CloudEvent event) {
        DistributedTracingExtension tracing = ExtensionProvider.getInstance()
                .parseExtension(DistributedTracingExtension.class, event);
        Map<String, String> headers = new HashMap<>();
        if (tracing.getTraceparent() != null) {
            headers.put(DistributedTracingExtension.TRACEPARENT, tracing.getTraceparent());
        }
        if (tracing.getTracestate() != null) {
            headers.put(DistributedTracingExtension.TRACESTATE, tracing.getTracestate());
        }
        return headers;
    }

    private static ProblemException notACloudEvent(RuntimeException e) {
        return JsonBody.invalid(List.of(new Problem.FieldError("", "not a valid CloudEvent: " + e.getMessage())));
    }
}
