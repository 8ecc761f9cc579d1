package org.negotiationtracker.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.newTopic;
import static org.negotiationtracker.kafka.KafkaPublicationTest.bootstrap;
import static org.negotiationtracker.kafka.KafkaPublicationTest.logOf;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Upstream feeds push events into negotiation.ingest; they land in the log as HTTP appends do. */
@QuarkusTest
@TestProfile(KafkaProfile.class)
class KafkaIngestTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void recordsAreAppendedOnceEachAndPoisonGoesToTheDeadLetterTopicWithoutBlockingThePartition() throws Exception {
        String topic = newTopic("ingest");
        String event = "{\"id\": \"%s\", \"topicId\": \"" + topic + "\", \"type\": \"meeting.held\", "
                + "\"occurredAt\": \"2019-01-14\", \"actors\": [{\"name\": \"Lavrov\"}]}";
        RecordMetadata notJson;
        RecordMetadata unknownType;
        RecordMetadata unregisteredTopic;
        RecordMetadata invalidCloudEvent;
        try (KafkaProducer<String, String> feed = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap()),
                new StringSerializer(), new StringSerializer())) {
            send(feed, topic, event.formatted(topic + "-single"));
            send(feed, topic, event.formatted(topic + "-single"));
            send(feed, topic, "[" + event.formatted(topic + "-batch-1") + ", " + event.formatted(topic + "-batch-2") + "]");
            notJson = send(feed, topic, "{not json");
            unknownType = send(feed, topic, event.formatted(topic + "-bad").replace("meeting.held", "meeting.imagined"));
            send(feed, new ProducerRecord<>("negotiation.ingest", null, topic, event.formatted(topic + "-binary-ce"),
                    List.of(header("ce_specversion", "1.0"), header("ce_id", "feed-1"),
                            header("ce_source", "/feeds/wire"), header("ce_type", "org.example.event"),
                            header("content-type", "application/json"))));
            send(feed, new ProducerRecord<>("negotiation.ingest", null, topic,
                    "{\"specversion\": \"1.0\", \"id\": \"feed-2\", \"source\": \"/feeds/wire\", \"type\": "
                            + "\"org.example.event\", \"datacontenttype\": \"application/json\", \"data\": "
                            + event.formatted(topic + "-structured-ce") + "}",
                    List.of(header("content-type", "application/cloudevents+json"))));
            unregisteredTopic = send(feed, topic, event.formatted(topic + "-elsewhere")
                    .replace("\"topicId\": \"" + topic + "\"", "\"topicId\": \"" + topic + "-unregistered\""));
            invalidCloudEvent = send(feed, new ProducerRecord<>("negotiation.ingest", null, topic,
                    event.formatted(topic + "-no-source"), List.of(header("ce_specversion", "1.0"),
                    header("ce_id", "feed-3"), header("ce_type", "org.example.event"))));
            // last in the partition (one key): once it is in the log, every record before it has been handled
            send(feed, topic, event.formatted(topic + "-last"));
        }
        List<String> expected = List.of(topic + "-single", topic + "-batch-1", topic + "-batch-2",
                topic + "-binary-ce", topic + "-structured-ce", topic + "-last");

        List<String> appended = awaitReportsUntil(topic, topic + "-last");

        assertEquals(expected, appended, "each record appended once, in partition order");
        List<ConsumerRecord<String, byte[]>> letters = TopicReader.readUntil(bootstrap(), "negotiation.ingest.dlq",
                read -> read.stream().filter(r -> topic.equals(r.key())).count() >= 4, WAIT)
                .stream().filter(r -> topic.equals(r.key())).toList();
        assertEquals(4, letters.size());
        assertDeadLetter(letters.get(0), notJson, "{not json", "malformed JSON");
        assertDeadLetter(letters.get(1), unknownType, null, "meeting.imagined");
        assertDeadLetter(letters.get(2), unregisteredTopic, null, "is not registered");
        assertEquals("UnknownTopicException", text(letters.get(2), IngestConsumer.ERROR_TYPE_HEADER),
                "a refused append keeps the log's name for the refusal");
        assertDeadLetter(letters.get(3), invalidCloudEvent, null, "not a valid CloudEvent");
        assertEquals("urn:negotiation-tracker:problem:invalid-body",
                text(letters.get(3), IngestConsumer.ERROR_TYPE_HEADER));
        assertOffsetsCommittedPast(invalidCloudEvent);
    }

    /** The ids of the topic's reports once {@code lastId} is among them (or all there are after the wait). */
    private static List<String> awaitReportsUntil(String topic, String lastId) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<String> ids = reportIds(topic);
        while (!ids.contains(lastId) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            ids = reportIds(topic);
        }
        return ids;
    }

    private static List<String> reportIds(String topic) throws Exception {
        return logOf(topic).stream().filter(e -> !e.get("type").asText().equals("topic.registered"))
                .map(e -> e.get("id").asText()).toList();
    }

    private static void assertDeadLetter(ConsumerRecord<String, byte[]> letter, RecordMetadata original,
                                         String originalValue, String errorMentions) {
        assertEquals("negotiation.ingest", text(letter, IngestConsumer.ORIGINAL_TOPIC_HEADER));
        assertEquals(Integer.toString(original.partition()), text(letter, IngestConsumer.ORIGINAL_PARTITION_HEADER));
        assertEquals(Long.toString(original.offset()), text(letter, IngestConsumer.ORIGINAL_OFFSET_HEADER));
        String error = text(letter, IngestConsumer.ERROR_HEADER);
        assertTrue(error.contains(errorMentions), error);
        if (originalValue != null) {
            assertEquals(originalValue, new String(letter.value(), StandardCharsets.UTF_8), "the original record");
        }
    }

    private static void assertOffsetsCommittedPast(RecordMetadata record) throws Exception {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap()))) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            long committed = -1;
            while (committed <= record.offset() && System.nanoTime() < deadline) {
                OffsetAndMetadata offset = admin.listConsumerGroupOffsets("negotiation-tracker-ingest")
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS).get(partition);
                committed = offset == null ? -1 : offset.offset();
                Thread.sleep(100);
            }
            assertTrue(committed > record.offset(), "committed offset " + committed + " after " + record.offset());
        }
    }

    private static RecordMetadata send(KafkaProducer<String, String> feed, String key, String value) throws Exception {
        return send(feed, new ProducerRecord<>("negotiation.ingest", key, value));
    }

    private static RecordMetadata send(KafkaProducer<String, String> feed, ProducerRecord<String, String> record)
            throws Exception {
        return feed.send(record).get(30, TimeUnit.SECONDS);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(ConsumerRecord<String, byte[]> record, String header) {
        Header found = record.headers().lastHeader(header);
        return found == null ? null : new String(found.value(), StandardCharsets.UTF_8);
    }
}
