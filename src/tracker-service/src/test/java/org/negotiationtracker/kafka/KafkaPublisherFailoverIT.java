package org.negotiationtracker.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.PostgresVariant;
import org.negotiationtracker.ServiceProcess;

/**
 * Two replicas of the PostgreSQL build on one database and one Kafka broker: exactly one publishes, and
 * when it dies the other takes over from the stored checkpoint without losing an event.
 */
class KafkaPublisherFailoverIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static KafkaBroker broker;
    private static ServiceProcess replicaA;
    private static ServiceProcess replicaB;

    @BeforeAll
    static void startBrokerAndTwoReplicas() throws Exception {
        PostgresVariant database = PostgresVariant.onFreshDatabase("kafka_replicas", "Kafka failover test");
        broker = KafkaBroker.start();
        PostgresVariant service = database.with(Map.of("TRACKER_KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                "TRACKER_KAFKA_POLL_INTERVAL", "200ms"));
        replicaA = service.start();
        replicaB = service.start();
    }

    @AfterAll
    static void stopAll() throws InterruptedException {
        for (ServiceProcess replica : new ServiceProcess[] {replicaA, replicaB}) {
            if (replica != null) {
                replica.close();
            }
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void exactlyOneReplicaPublishesAndTheOtherTakesOverWhenItDies() throws Exception {
        assertEquals(201, replicaA.post("/api/topics",
                "{\"id\": \"failover\", \"title\": \"Failover\", \"parties\": [\"Russia\", \"Japan\"]}").statusCode());
        appendThrough(replicaA, 10, "A");
        appendThrough(replicaB, 10, "B");
        awaitPublished(replicaA);
        ServiceProcess publisher = awaitSinglePublisher();
        ServiceProcess survivor = publisher == replicaA ? replicaB : replicaA;

        publisher.process().destroyForcibly();
        publisher.process().waitFor(30, TimeUnit.SECONDS);
        appendThrough(survivor, 20, "after");

        assertTrue(awaitPublisher(survivor), "the survivor took over publication");
        awaitPublished(survivor);
    }

    private static void appendThrough(ServiceProcess replica, int count, String label) throws Exception {
        for (int i = 0; i < count; i++) {
            var answer = replica.post("/api/events", "{\"topicId\": \"failover\", \"type\": \"meeting.held\", "
                    + "\"occurredAt\": \"2019-01-14\", \"actors\": [{\"name\": \"" + label + " " + i + "\"}]}");
            assertEquals(201, answer.statusCode(), answer.body());
        }
    }

    /** Every event of the log is on the events topic (duplicates allowed, losses not). */
    private static void awaitPublished(ServiceProcess replica) throws Exception {
        Set<String> logged = new HashSet<>();
        JSON.readTree(replica.get("/api/events?topic=failover&limit=1000").body()).get("events")
                .forEach(event -> logged.add(event.get("id").asText()));
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(broker.bootstrapServers(),
                "negotiation.events", read -> publishedIds(read).containsAll(logged), WAIT);
        assertEquals(logged, publishedIds(records));
    }

    private static Set<String> publishedIds(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().filter(r -> "failover".equals(r.key())).map(r -> r.headers().lastHeader("ce_id"))
                .map(h -> new String(h.value())).collect(Collectors.toSet());
    }

    /** Watches both replicas for a while: one, and always the same one, says it publishes. */
    private static ServiceProcess awaitSinglePublisher() throws Exception {
        ServiceProcess publisher = null;
        for (int look = 0; look < 15; look++) {
            boolean a = isPublisher(replicaA);
            boolean b = isPublisher(replicaB);
            assertTrue(!(a && b), "both replicas publish at once");
            ServiceProcess current = a ? replicaA : b ? replicaB : null;
            assertTrue(publisher == null || current == publisher, "the publisher changed while both ran");
            publisher = current;
            Thread.sleep(200);
        }
        assertTrue(publisher != null, "no replica publishes");
        return publisher;
    }

    private static boolean awaitPublisher(ServiceProcess replica) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (isPublisher(replica)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    private static boolean isPublisher(ServiceProcess replica) throws Exception {
        JsonNode health = JSON.readTree(replica.get("/q/health/ready").body());
        for (JsonNode check : health.get("checks")) {
            if (check.get("name").asText().equals("kafka")) {
                return check.at("/data/publisher").asBoolean();
            }
        }
        throw new AssertionError("no kafka readiness check: " + health);
    }
}
