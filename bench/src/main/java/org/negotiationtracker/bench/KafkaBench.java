package org.negotiationtracker.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.negotiationtracker.ServiceProcess;
import org.negotiationtracker.kafka.PublisherProducerConfig;

/**
 * Publication from the log to Kafka against a raw producer sending the very same records to the same
 * broker, and the latency from an HTTP append to a Kafka consumer.
 */
final class KafkaBench {

    /** Seconds a publisher took for a whole backlog, and for its second half alone. */
    record Span(double wholeSeconds, double warmSeconds, long events, long warmEvents) {

        double wholeRate() {
            return events / wholeSeconds;
        }

        double warmRate() {
            return warmEvents / warmSeconds;
        }
    }

    record Latency(int events, double rate, Stats stats) {
    }

    private static final String EVENTS = "negotiation.events";
    private static final String STATE = "negotiation.state";
    private static final int TOPICS = 200;
    private static final String TIMESTAMP_TYPE = "message.timestamp.type";
    private static final String APPEND_TIME = "LogAppendTime";
    private static final Pattern LAG = Pattern.compile("(?m)^tracker_kafka_publication_lag(?:\\{[^}]*})? ([0-9.E+]+)");
    private static final Pattern POSITION = Pattern.compile("\"position\":(\\d+)");

    private final String bootstrapServers;

    KafkaBench(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Registers the topics the backlogs go to. */
    static void registerTopics(ServiceProcess service) throws Exception {
        for (int topic = 0; topic < TOPICS; topic++) {
            Events.registerTopic(service.base(), "kafka-" + topic);
        }
    }

    /**
     * Appends {@code events} (ids starting with {@code idPrefix}) while no broker takes them, so that the
     * relay later publishes them as one backlog.
     */
    static void fillLog(ServiceProcess service, int events, String idPrefix) throws Exception {
        for (int batch = 0; batch < events / 1000; batch++) {
            int status = service.post("api/events", Events.batch("kafka-" + batch % TOPICS, idPrefix + batch, 1000))
                    .statusCode();
            if (status != 201) {
                throw new IllegalStateException("batch append answered " + status);
            }
        }
    }

    /**
     * Sends {@code records} records of {@code bytes} bytes each through a raw producer to a topic of their own
     * on a broker that has just started, so that the broker's JIT has warmed up before the relay, which
     * goes first, publishes: otherwise the raw producer, going second, would find it warm.
     */
    void warmUpBroker(int records, int bytes) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic("bench.warm-up", 3, (short) 1))).all().get();
        }
        byte[] value = new byte[bytes];
        try (KafkaProducer<byte[], byte[]> producer = rawProducer()) {
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>("bench.warm-up", Integer.toString(i % 200).getBytes(
                        StandardCharsets.UTF_8), value));
            }
            producer.flush();
        }
    }

    /**
     * Waits until the relay of a service started with Kafka on has published its backlog, watching the
     * service's lag metric rather than consuming, so that no consumer competes with the relay for the CPU
     * (none runs during the raw producer's turn either); then reads every record it wrote since
     * {@code sentSince} (events and states, with their keys and headers), in the order it sent them.
     */
    List<ConsumerRecord<byte[], byte[]>> publishedSince(ServiceProcess service, long events, long sentSince) throws Exception {
        awaitNoLag(service, Duration.ofMinutes(5));
        List<ConsumerRecord<byte[], byte[]>> published = new ArrayList<>(readAll(EVENTS, events, Duration.ofMinutes(1)));
        published.addAll(readAll(STATE, 1, Duration.ofSeconds(30)));
        published.removeIf(record -> record.timestamp() < sentSince);
        published.sort(Comparator.comparingLong(ConsumerRecord::timestamp));
        return published;
    }

    /** How long the relay took for {@code published}, from the first record's append time to the last one's. */
    static Span relaySpan(List<ConsumerRecord<byte[], byte[]>> published) {
        return span(published, EVENTS);
    }

    /** The same records sent again, in the relay's order, through a raw producer, twice: the faster span. */
    Span rawSpan(List<ConsumerRecord<byte[], byte[]>> published) throws Exception {
        long sent = published.stream().filter(record -> record.topic().equals(EVENTS)).count();
        return faster(raw(published, "bench.raw1", sent), raw(published, "bench.raw2", sent));
    }

    static Span faster(Span one, Span other) {
        return new Span(Math.min(one.wholeSeconds(), other.wholeSeconds()),
                Math.min(one.warmSeconds(), other.warmSeconds()), one.events(), one.warmEvents());
    }

    /**
     * One raw producer run over the relay's records, into topics named after {@code prefix}.
     */
    private Span raw(List<ConsumerRecord<byte[], byte[]>> published, String prefix, long events) throws Exception {
        String rawEvents = prefix + ".events";
        String rawState = prefix + ".state";
        createLike(EVENTS, rawEvents);
        createLike(STATE, rawState);
        try (KafkaProducer<byte[], byte[]> producer = rawProducer()) {
            List<Future<RecordMetadata>> sends = new ArrayList<>(published.size());
            for (ConsumerRecord<byte[], byte[]> record : published) {
                String topic = record.topic().equals(EVENTS) ? rawEvents : rawState;
                sends.add(producer.send(new ProducerRecord<>(topic, null, record.key(), record.value(),
                        record.headers())));
            }
            producer.flush();
            for (Future<RecordMetadata> send : sends) {
                send.get();
            }
        }
        List<ConsumerRecord<byte[], byte[]>> raw = new ArrayList<>(readAll(rawEvents, events, Duration.ofMinutes(1)));
        raw.addAll(readAll(rawState, published.size() - raw.size(), Duration.ofMinutes(1)));
        raw.sort(Comparator.comparingLong(ConsumerRecord::timestamp));
        return span(raw, rawEvents);
    }

    static void awaitNoLag(ServiceProcess service, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher lag = LAG.matcher(service.get("q/metrics").body());
            if (lag.find() && Double.parseDouble(lag.group(1)) == 0) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the relay did not publish the backlog within " + timeout);
    }

    /** Single-event appends at {@code rate}/s for {@code duration}; each event timed from its HTTP answer to a consumer. */
    Latency latency(ServiceProcess service, int rate, Duration duration) throws Exception {
        int events = (int) (rate * duration.toSeconds());
        Map<String, Long> answered = new ConcurrentHashMap<>();
        Map<String, Long> consumed = new ConcurrentHashMap<>();
        AtomicBoolean following = new AtomicBoolean(true);
        CountDownLatch atEnd = new CountDownLatch(1);
        Thread follower = new Thread(() -> {
            try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
                List<TopicPartition> partitions = partitions(consumer, EVENTS);
                consumer.assign(partitions);
                consumer.seekToEnd(partitions);
                partitions.forEach(consumer::position);
                atEnd.countDown();
                while (following.get()) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(50))) {
                        var id = record.headers().lastHeader("ce_id");
                        if (id != null) {
                            consumed.putIfAbsent(new String(id.value(), StandardCharsets.UTF_8), System.nanoTime());
                        }
                    }
                }
            }
        });
        follower.start();
        atEnd.await();
        ExecutorService appenders = Executors.newFixedThreadPool(16);
        long begin = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        for (int i = 0; i < events; i++) {
            long wait = begin + i * interval - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String id = "kafka-latency-" + begin + "-" + i;
            String topic = "kafka-" + i % TOPICS;
            appenders.execute(() -> {
                try {
                    String answer = service.post("api/events", Events.event(topic, id)).body();
                    if (!POSITION.matcher(answer).find()) {
                        throw new IllegalStateException("append failed: " + answer);
                    }
                    answered.put(id, System.nanoTime());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        appenders.shutdown();
        appenders.awaitTermination(1, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - begin) / 1e9;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!consumed.keySet().containsAll(answered.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        following.set(false);
        follower.join();
        long[] samples = answered.entrySet().stream().filter(e -> consumed.containsKey(e.getKey()))
                .mapToLong(e -> Math.max(0, consumed.get(e.getKey()) - e.getValue())).toArray();
        if (samples.length < events) {
            throw new IllegalStateException("only " + samples.length + " of " + events + " events reached Kafka");
        }
        return new Latency(events, events / seconds, new Stats(samples));
    }

    private List<ConsumerRecord<byte[], byte[]>> readAll(String topic, long atLeast, Duration timeout) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            long quietSince = System.nanoTime();
            while (System.nanoTime() < deadline) {
                int before = records.size();
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                if (records.size() > before) {
                    quietSince = System.nanoTime();
                } else if (records.size() >= atLeast && System.nanoTime() - quietSince > 2_000_000_000L) {
                    return records;
                }
            }
        }
        throw new IllegalStateException(topic + " holds " + records.size() + " records, expected " + atLeast);
    }

    /** Records in send order: how long the whole list took to send, and its second half alone. */
    private static Span span(List<ConsumerRecord<byte[], byte[]>> records, String eventsTopic) {
        List<ConsumerRecord<byte[], byte[]>> warm = records.subList(records.size() / 2, records.size());
        return new Span(seconds(records), seconds(warm), events(records, eventsTopic), events(warm, eventsTopic));
    }

    private static long events(List<ConsumerRecord<byte[], byte[]>> records, String eventsTopic) {
        return records.stream().filter(r -> r.topic().equals(eventsTopic)).count();
    }

    /** Seconds from the first record's timestamp to the last one's: when the broker appended them. */
    private static double seconds(List<ConsumerRecord<byte[], byte[]>> records) {
        return Math.max(1, records.get(records.size() - 1).timestamp() - records.get(0).timestamp()) / 1000.0;
    }

    /**
     * Has the broker stamp the service's topics with the time it appended each record, as the raw
     * producer's copies are: a record's own time is when the relay handed it to its producer, which for the
     * first records of a backlog published as the broker returns is before the broker could take them.
     */
    void stampAppendTimes() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            Map<ConfigResource, java.util.Collection<AlterConfigOp>> changes = new HashMap<>();
            for (String topic : List.of(EVENTS, STATE)) {
                changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(new AlterConfigOp(
                        new ConfigEntry(TIMESTAMP_TYPE, APPEND_TIME), AlterConfigOp.OpType.SET)));
            }
            admin.incrementalAlterConfigs(changes).all().get();
        }
    }

    private void createLike(String model, String copy) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            var description = admin.describeTopics(List.of(model)).allTopicNames().get().get(model);
            var config = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, model)))
                    .all().get().values()
                    .iterator().next().get("cleanup.policy").value();
            admin.createTopics(List.of(new NewTopic(copy, description.partitions().size(), (short) 1)
                    .configs(Map.of("cleanup.policy", config, TIMESTAMP_TYPE, APPEND_TIME)))).all().get();
        }
    }

    /** The topic's partitions, once the service has created the topic. */
    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            List<PartitionInfo> infos = consumer.listTopics(Duration.ofSeconds(10)).get(topic);
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the topic " + topic + " was not created");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Exactly the relay's producer settings (the same class configures both), and its default send timeout. */
    private KafkaProducer<byte[], byte[]> rawProducer() {
        Map<String, Object> config = new HashMap<>(PublisherProducerConfig.of(Duration.ofSeconds(30)));
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
