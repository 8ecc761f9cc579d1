package org.negotiationtracker.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The Kafka clients this service uses, configured in one place. */
@ApplicationScoped
class KafkaClients {

    private final KafkaConfig settings;

    KafkaClients(KafkaConfig settings) {
        this.settings = settings;
    }

    /** Durable and ordered: see {@link PublisherProducerConfig}. */
    KafkaProducer<String, byte[]> producer(String clientId) {
        return new KafkaProducer<>(producerConfig(clientId), new StringSerializer(), new ByteArraySerializer());
    }

    /** A producer that passes keys through as bytes, so a dead letter keeps its record's key exactly. */
    KafkaProducer<byte[], byte[]> rawProducer(String clientId) {
        return new KafkaProducer<>(producerConfig(clientId), new ByteArraySerializer(), new ByteArraySerializer());
    }

    private Map<String, Object> producerConfig(String clientId) {
        Map<String, Object> config = common(clientId);
        config.putAll(PublisherProducerConfig.of(settings.sendTimeout()));
        return config;
    }

    /** Offsets are committed by hand, only after what a record carried is durable. */
    KafkaConsumer<byte[], byte[]> ingestConsumer(String clientId) {
        Map<String, Object> config = common(clientId);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.ingestGroup());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // the relay creates the ingest topic with the configured partitions; a broker default must not win
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    Admin admin(String clientId) {
        Map<String, Object> config = common(clientId);
        int timeout = (int) Math.min(settings.sendTimeout().toMillis(), 10_000);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
        return Admin.create(config);
    }

    private Map<String, Object> common(String clientId) {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers().orElseThrow());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "negotiation-tracker-" + clientId);
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 2000);
        return config;
    }
}
