package org.negotiationtracker.kafka;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.newTopic;
import static org.negotiationtracker.kafka.KafkaPublicationTest.bootstrap;
import static org.negotiationtracker.kafka.KafkaPublicationTest.logOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.outage.UnreachableDatabaseResource;

/**
 * An ingest record that arrives while the database cannot be reached is not the record's fault: it is kept and read
 * again until the database is back, then appended, and never sent to the dead-letter topic.
 */
@QuarkusTest
@TestProfile(KafkaDatabaseOutageProfile.class)
class IngestDuringDatabaseOutageTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void aRecordReadWhileTheDatabaseIsDownIsAppendedOnceItIsBackAndNeverDeadLettered() throws Exception {
        String topic = newTopic("ingest-outage");
        String event = "{\"id\": \"" + topic + "-meeting\", \"topicId\": \"" + topic + "\", \"type\": \"meeting.held\", "
                + "\"occurredAt\": \"2019-01-22\", \"actors\": [{\"name\": \"Kono\"}]}";
        CountDownLatch keptForLater = new CountDownLatch(1);
        Logger ingestLog = Logger.getLogger("org.negotiationtracker.kafka.IngestConsumer");
        Handler watcher = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage() == null ? "" : String.valueOf(record.getMessage());
                if (message.contains("will be read again")) {
                    keptForLater.countDown();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        ingestLog.addHandler(watcher);
        try (KafkaProducer<String, String> feed = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap()),
                new StringSerializer(), new StringSerializer())) {
            UnreachableDatabaseResource.proxy().cut();
            try {
                feed.send(new ProducerRecord<>("negotiation.ingest", topic, event)).get(30, TimeUnit.SECONDS);
                assertTrue(keptForLater.await(WAIT.toSeconds(), TimeUnit.SECONDS),
                        "the ingest read the record while the database was down and kept it for later");
            } finally {
                UnreachableDatabaseResource.proxy().open();
            }
            awaitInLog(topic, topic + "-meeting");
            // a poison record after it, on the same partition: once its letter is there, any letter for the
            // record before it would be too
            feed.send(new ProducerRecord<>("negotiation.ingest", topic, "{not json")).get(30, TimeUnit.SECONDS);
        } finally {
            ingestLog.removeHandler(watcher);
        }

        List<ConsumerRecord<String, byte[]>> letters = TopicReader.readUntil(bootstrap(), "negotiation.ingest.dlq",
                read -> read.stream().anyMatch(r -> topic.equals(r.key())), WAIT)
                .stream().filter(r -> topic.equals(r.key())).toList();
        assertEquals(List.of("{not json"), letters.stream()
                .map(letter -> new String(letter.value(), StandardCharsets.UTF_8)).toList(),
                "only the poison record is a dead letter; the record read during the outage is not");
        assertEquals(1, logOf(topic).stream().filter(e -> e.get("id").asText().equals(topic + "-meeting")).count(),
                "the record read during the outage is in the log once");
    }

    /** Until the event is in the log; a read may still answer 503 while the service reconnects. */
    private static void awaitInLog(String topic, String id) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!inLog(topic, id)) {
            assertTrue(System.nanoTime() < deadline, id + " did not reach the log within " + WAIT);
            Thread.sleep(200);
        }
    }

    private static boolean inLog(String topic, String id) {
        Response page = given().queryParam("topic", topic).queryParam("limit", 1000).get("/api/events");
        return page.statusCode() == 200 && page.jsonPath().getList("events.id").contains(id);
    }
}
