package org.negotiationtracker.kafka;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

/** What dashboards read from Kafka: the log as CloudEvents, and the latest state of every topic. */
@QuarkusTest
@TestProfile(KafkaProfile.class)
class KafkaPublicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void everyLoggedEventIsPublishedAsACloudEventInLogOrderPerTopicWithItsAttributes() throws Exception {
        String talks = newTopic("ce-talks");
        String summit = newTopic("ce-summit");
        for (int i = 0; i < 10; i++) {
            append(meeting(i % 2 == 0 ? talks : summit, "2019-01-" + (10 + i), "Lavrov " + i)).statusCode(201);
        }
        append(Map.of("topicId", talks, "type", "meeting.scheduled", "occurredAt", "2019-01-22T10:15:00+03:00",
                "plannedFor", "2019-06", "summary", "Putin to visit Japan in June")).statusCode(201);
        append(Map.of("topicId", summit, "type", "statement.issued", "occurredAt", "2019-02",
                "summary", "A statement some time in February")).statusCode(201);
        Map<String, List<JsonNode>> logged = Map.of(talks, logOf(talks), summit, logOf(summit));
        Set<String> ids = logged.values().stream().flatMap(List::stream).map(e -> e.get("id").asText())
                .collect(Collectors.toSet());

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(bootstrap(), "negotiation.events",
                read -> idsIn(read).containsAll(ids), WAIT);

        Map<String, List<CloudEvent>> published = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
            if (ids.contains(event.getId())) {
                assertEquals(event.getSubject(), record.key(), "key = topic id");
                published.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(event);
            }
        }
        for (String topic : List.of(talks, summit)) {
            List<CloudEvent> firstDeliveries = new ArrayList<>(published.get(topic).stream()
                    .collect(Collectors.toMap(CloudEvent::getId, e -> e, (first, again) -> first, LinkedHashMap::new))
                    .values());
            List<JsonNode> expected = logged.get(topic);
            assertEquals(expected.size(), firstDeliveries.size(), topic);
            for (int i = 0; i < expected.size(); i++) {
                assertMatches(expected.get(i), firstDeliveries.get(i));
            }
        }
    }

    @Test
    void timeIsTheFirstInstantOfAnImpreciseDateAndOccurredAtKeepsThePrecision() throws Exception {
        String topic = newTopic("ce-time");
        append(Map.of("topicId", topic, "type", "statement.issued", "occurredAt", "2019-06")).statusCode(201);
        append(Map.of("topicId", topic, "type", "statement.issued", "occurredAt", "2019-01-22T10:15:00+03:00"))
                .statusCode(201);
        List<CloudEvent> events = publishedEventsOf(topic, 3);

        assertEquals("topic.registered", events.get(0).getType());
        assertNull(events.get(0).getExtension(EventCloudEvents.OCCURRED_AT));
        assertEquals(OffsetDateTime.parse("2019-06-01T00:00:00Z"), events.get(1).getTime());
        assertEquals("2019-06", events.get(1).getExtension(EventCloudEvents.OCCURRED_AT));
        assertEquals(OffsetDateTime.parse("2019-01-22T10:15:00+03:00").toInstant(), events.get(2).getTime().toInstant());
        assertEquals("2019-01-22T10:15:00+03:00", events.get(2).getExtension(EventCloudEvents.OCCURRED_AT));
    }

    @Test
    void theCompactedStateTopicEndsWithEachTopicsCurrentState() throws Exception {
        String first = newTopic("state-a");
        String second = newTopic("state-b");
        for (int i = 0; i < 5; i++) {
            append(meeting(first, "2019-01-1" + i, "Kono " + i)).statusCode(201);
        }
        append(meeting(second, "2019-02-16", "Lavrov", "Kono")).statusCode(201);
        Map<String, JsonNode> current = Map.of(first, currentState(first), second, currentState(second));

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(bootstrap(), "negotiation.state",
                read -> current.equals(latestByKey(read, current.keySet())), WAIT);

        assertEquals(current, latestByKey(records, current.keySet()));
        assertEquals(6, current.get(first).get("version").asInt());
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap()))) {
            ConfigResource state = new ConfigResource(ConfigResource.Type.TOPIC, "negotiation.state");
            Config config = admin.describeConfigs(List.of(state)).all().get().get(state);
            assertEquals("compact", config.get("cleanup.policy").value());
            assertEquals(3, admin.describeTopics(List.of("negotiation.events")).allTopicNames().get()
                    .get("negotiation.events").partitions().size());
        }
    }

    @Test
    void aPageOfManyEventsSendsOneStatePerTopicItTouchesAndItIsTheLatest() throws Exception {
        String first = newTopic("coalesce-a");
        String second = newTopic("coalesce-b");
        Set<String> keys = Set.of(first, second);
        Map<String, Long> registered = countByKey(TopicReader.readUntil(bootstrap(), "negotiation.state",
                read -> countByKey(read, keys).keySet().containsAll(keys), WAIT), keys);
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(meeting(i % 2 == 0 ? first : second, "2019-03-" + (10 + i), "Delegate " + i));
        }
        // one commit, so the relay reads all ten in one page
        append(batch).statusCode(201);
        Map<String, JsonNode> current = Map.of(first, currentState(first), second, currentState(second));

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(bootstrap(), "negotiation.state",
                read -> current.equals(latestByKey(read, keys)), WAIT);

        assertEquals(current, latestByKey(records, keys));
        assertEquals(6, current.get(first).get("version").asInt());
        Map<String, Long> sent = countByKey(records, keys);
        assertEquals(registered.get(first) + 1, sent.get(first), "one state for the page, not one per event");
        assertEquals(registered.get(second) + 1, sent.get(second), "one state for the page, not one per event");
    }

    @Test
    void readinessReportsKafkaAvailableWithThePublicationLagAlsoAsAMetric() {
        String topic = newTopic("lag");
        publishedEventsOf(topic, 1);
        JsonNode kafka = kafkaCheck();
        assertEquals("UP", kafka.get("status").asText());
        assertEquals("available", kafka.at("/data/kafka").asText());
        assertEquals(true, kafka.at("/data/publisher").asBoolean());
        assertTrue(kafka.at("/data/lag").isNumber(), kafka.toString());
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("tracker_kafka_publication_lag"), "the lag gauge is exported");
    }

    static JsonNode kafkaCheck() {
        try {
            JsonNode health = JSON.readTree(given().get("/q/health/ready").then().statusCode(200).extract().asString());
            for (JsonNode check : health.get("checks")) {
                if (check.get("name").asText().equals("kafka")) {
                    return check;
                }
            }
            throw new AssertionError("no kafka readiness check: " + health);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String bootstrap() {
        return KafkaBrokerResource.broker().bootstrapServers();
    }

    static List<JsonNode> logOf(String topic) throws Exception {
        String page = given().queryParam("topic", topic).queryParam("limit", 1000).get("/api/events").then()
                .statusCode(200).extract().asString();
        List<JsonNode> events = new ArrayList<>();
        JSON.readTree(page).get("events").forEach(events::add);
        return events;
    }

    /** The first delivery of each of the topic's events, in the order Kafka holds them. */
    static List<CloudEvent> publishedEventsOf(String topic, int count) {
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(bootstrap(), "negotiation.events",
                read -> read.stream().filter(r -> topic.equals(r.key())).map(r -> r.headers().lastHeader("ce_id"))
                        .map(h -> new String(h.value())).distinct().count() >= count, WAIT);
        return new ArrayList<>(records.stream().filter(r -> topic.equals(r.key()))
                .map(r -> KafkaMessageFactory.createReader(r).toEvent())
                .collect(Collectors.toMap(CloudEvent::getId, e -> e, (first, again) -> first, LinkedHashMap::new))
                .values());
    }

    private static Set<String> idsIn(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(r -> r.headers().lastHeader("ce_id")).filter(h -> h != null)
                .map(h -> new String(h.value())).collect(Collectors.toSet());
    }

    private static void assertMatches(JsonNode logged, CloudEvent published) throws Exception {
        String topicId = logged.get("topicId").asText();
        assertEquals(logged.get("id").asText(), published.getId());
        assertEquals(logged.get("type").asText(), published.getType());
        assertEquals("/negotiation-tracker/topics/" + topicId, published.getSource().toString());
        assertEquals(topicId, published.getSubject());
        assertEquals("application/json", published.getDataContentType());
        // binary mode carries every attribute as a header string
        assertEquals(logged.get("position").asText(), String.valueOf(published.getExtension(EventCloudEvents.POSITION)));
        assertEquals(logged.get("topicVersion").asText(),
                String.valueOf(published.getExtension(EventCloudEvents.TOPIC_VERSION)));
        assertNotNull(published.getTime());
        if (logged.has("occurredAt")) {
            assertEquals(logged.get("occurredAt").asText(), published.getExtension(EventCloudEvents.OCCURRED_AT));
        }
        assertEquals(logged, JSON.readTree(published.getData().toBytes()), "data is the logged event");
    }

    private static JsonNode currentState(String topic) throws Exception {
        return JSON.readTree(given().get("/api/topics/" + topic).then().statusCode(200).extract().asString());
    }

    private static Map<String, Long> countByKey(List<ConsumerRecord<String, byte[]>> records, Set<String> keys) {
        return records.stream().filter(record -> keys.contains(record.key()))
                .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
    }

    private static Map<String, JsonNode> latestByKey(List<ConsumerRecord<String, byte[]>> records, Set<String> keys) {
        Map<String, JsonNode> latest = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (keys.contains(record.key())) {
                try {
                    latest.put(record.key(), JSON.readTree(record.value()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
        return latest;
    }
}
