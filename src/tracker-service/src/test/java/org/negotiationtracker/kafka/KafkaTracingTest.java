package org.negotiationtracker.kafka;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;
import static org.negotiationtracker.kafka.KafkaPublicationTest.bootstrap;
import static org.negotiationtracker.kafka.KafkaPublicationTest.publishedEventsOf;
import static org.negotiationtracker.tracing.InMemorySpans.await;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.extensions.DistributedTracingExtension;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.tracing.TracingProfile;

/** The trace of an append travels with its events to Kafka, and an ingest record's trace goes on in its append. */
@QuarkusTest
@TestProfile(TracingProfile.class)
class KafkaTracingTest {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String INGEST_TRACE_ID = "0af7651916cd43dd8448eb211c80319d";
    private static final String INGEST_PARENT = "b7ad6b7169203331";

    @Inject
    InMemorySpanExporter spans;

    @Test
    void aPublishedEventCarriesTheTraceContextOfTheAppendThatWroteIt() throws Exception {
        String topic = newTopic("traced-publication");
        given().header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .header("tracestate", "vendor=value")
                .contentType(ContentType.JSON).body(meeting(topic, "2019-01-14", "Lavrov"))
                .post("/api/events").then().statusCode(201);
        SpanData append = await(spans, span -> span.getName().equals("append") && span.getTraceId().equals(TRACE_ID))
                .get(0);

        List<CloudEvent> published = publishedEventsOf(topic, 2);

        CloudEvent event = published.get(1);
        assertEquals("00-" + TRACE_ID + "-" + append.getSpanId() + "-01",
                event.getExtension(DistributedTracingExtension.TRACEPARENT), "the append's span is the parent");
        assertEquals("vendor=value", event.getExtension(DistributedTracingExtension.TRACESTATE));
    }

    @Test
    void anIngestRecordsTraceparentIsTheParentOfItsAppend() throws Exception {
        String topic = newTopic("traced-ingest");
        String event = "{\"id\": \"" + topic + "-traced\", \"topicId\": \"" + topic + "\", \"type\": \"meeting.held\", "
                + "\"occurredAt\": \"2019-01-14\", \"actors\": [{\"name\": \"Lavrov\"}]}";
        try (KafkaProducer<String, String> feed = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap()),
                new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>("negotiation.ingest", topic, event);
            Map.of("ce_specversion", "1.0", "ce_id", "feed-traced", "ce_source", "/feeds/wire",
                    "ce_type", "org.example.event", "content-type", "application/json",
                    "ce_traceparent", "00-" + INGEST_TRACE_ID + "-" + INGEST_PARENT + "-01")
                    .forEach((name, value) -> record.headers().add(
                            new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
            feed.send(record).get(30, TimeUnit.SECONDS);
        }

        List<SpanData> appends = await(spans, span -> span.getName().equals("append")
                && span.getTraceId().equals(INGEST_TRACE_ID));

        assertEquals(1, appends.size(), appends.toString());
        assertEquals(INGEST_PARENT, appends.get(0).getParentSpanId());
        assertEquals("00-" + INGEST_TRACE_ID + "-" + appends.get(0).getSpanId() + "-01",
                publishedEventsOf(topic, 2).get(1).getExtension(DistributedTracingExtension.TRACEPARENT),
                "and its event goes on to the events topic in the same trace");
    }
}
