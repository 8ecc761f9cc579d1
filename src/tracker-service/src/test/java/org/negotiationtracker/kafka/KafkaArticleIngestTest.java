package org.negotiationtracker.kafka;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.kafka.KafkaPublicationTest.bootstrap;
import static org.negotiationtracker.kafka.KafkaPublicationTest.logOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.articles.InventedArticles;

/**
 * Articles sent to negotiation.ingest as CloudEvents of type article.submitted take the path of
 * POST /api/articles; invalid ones and those about no registered topic go to the dead-letter topic.
 */
@QuarkusTest
@TestProfile(KafkaProfile.class)
class KafkaArticleIngestTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void articlesAreTakenInOnceAndTheRefusedOnesAreDeadLettered() throws Exception {
        InventedArticles.registerTopic();
        String marker = InventedArticles.marker();
        String text = InventedArticles.meetingText(marker);
        String article = JSON.writeValueAsString(InventedArticles.article(text, "https://wire.example/kafka/" + marker,
                "2021-03-05"));
        String key = "articles-" + marker;
        try (KafkaProducer<String, String> feed = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap()),
                new StringSerializer(), new StringSerializer())) {
            send(feed, new ProducerRecord<>("negotiation.ingest", null, key, article, binaryCloudEvent("feed-1")));
            send(feed, new ProducerRecord<>("negotiation.ingest", null, key, "{\"specversion\": \"1.0\", \"id\": "
                    + "\"feed-2\", \"source\": \"/feeds/wire\", \"type\": \"article.submitted\", \"data\": " + article
                    + "}", List.of(header("content-type", "application/cloudevents+json"))));
            send(feed, new ProducerRecord<>("negotiation.ingest", null, key,
                    JSON.writeValueAsString(InventedArticles.article("", null, "2021-03-05")), binaryCloudEvent("feed-3")));
            send(feed, new ProducerRecord<>("negotiation.ingest", null, key, JSON.writeValueAsString(
                    InventedArticles.article("The town council of Greyhaven voted on Monday to repaint the harbour "
                            + "lighthouse, reference " + marker + ".", null, "2021-03-05")), binaryCloudEvent("feed-4")));
        }

        List<ConsumerRecord<String, byte[]>> letters = TopicReader.readUntil(bootstrap(), "negotiation.ingest.dlq",
                read -> read.stream().filter(r -> key.equals(r.key())).count() >= 2, WAIT)
                .stream().filter(r -> key.equals(r.key())).toList();
        assertEquals(2, letters.size());
        assertEquals("urn:negotiation-tracker:problem:invalid-body", text(letters.get(0), IngestConsumer.ERROR_TYPE_HEADER));
        assertTrue(text(letters.get(0), IngestConsumer.ERROR_HEADER).contains("/text"));
        assertEquals(IngestConsumer.NO_TOPIC_TYPE, text(letters.get(1), IngestConsumer.ERROR_TYPE_HEADER));

        List<JsonNode> stored = logOf(InventedArticles.TOPIC).stream()
                .filter(e -> e.get("type").asText().equals("article.received") && e.get("text").asText().equals(text))
                .toList();
        assertEquals(1, stored.size(), "the article twice (binary and structured CloudEvent) is stored once");
        String articleId = stored.get(0).get("id").asText();
        // the ingest appends the article; the extractor follows the log and appends its events
        given().header("Prefer", "wait=" + InventedArticles.WAIT_SECONDS).get("/api/articles/" + articleId).then()
                .statusCode(200).body("extraction", equalTo("done"));
        assertTrue(logOf(InventedArticles.TOPIC).stream()
                .anyMatch(e -> articleId.equals(e.at("/metadata/articleId").asText())), "its events are in the log");
    }

    private static List<Header> binaryCloudEvent(String id) {
        return List.of(header("ce_specversion", "1.0"), header("ce_id", id), header("ce_source", "/feeds/wire"),
                header("ce_type", "article.submitted"), header("content-type", "application/json"));
    }

    private static void send(KafkaProducer<String, String> feed, ProducerRecord<String, String> record)
            throws Exception {
        feed.send(record).get(30, TimeUnit.SECONDS);
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(ConsumerRecord<String, byte[]> record, String header) {
        Header found = record.headers().lastHeader(header);
        return found == null ? null : new String(found.value(), StandardCharsets.UTF_8);
    }
}
