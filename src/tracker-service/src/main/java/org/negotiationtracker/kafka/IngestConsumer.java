package org.negotiationtracker.kafka;

import io.opentelemetry.context.Scope;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;
import org.negotiationtracker.app.AppendEvents;
import org.negotiationtracker.articles.ArticleResult;
import org.negotiationtracker.articles.SubmitArticle;
import org.negotiationtracker.lifecycle.BackgroundThread;
import org.negotiationtracker.lifecycle.BackgroundThreads;
import org.negotiationtracker.problem.AppendRefusedException;
import org.negotiationtracker.problem.ProblemException;
import org.negotiationtracker.request.JsonBody;
import org.negotiationtracker.tracing.Tracing;

/**
 * Appends what upstream feeds send to the ingest topic exactly as HTTP appends are: events as by
 * {@code POST /api/events}, articles (CloudEvent type {@value IngestRecordBody#ARTICLE_TYPE}) as by
 * {@code POST /api/articles}; the same checks, idempotent by event id and article. A record's offset is committed only after its events are durable in the log
 * (or the record is in the dead-letter topic), so a crash makes it read again, never lost; reading it
 * again appends nothing twice. A record that is not valid goes to the dead-letter topic with the reason
 * and where it came from, and the partition moves on. When the log itself is unavailable the record is
 * read again later instead.
 */
@ApplicationScoped
class IngestConsumer {

    static final String ERROR_HEADER = "dlq.error";
    static final String ERROR_TYPE_HEADER = "dlq.error.type";
    static final String ORIGINAL_TOPIC_HEADER = "dlq.original.topic";
    static final String ORIGINAL_PARTITION_HEADER = "dlq.original.partition";
    static final String ORIGINAL_OFFSET_HEADER = "dlq.original.offset";
    /** The dlq.error.type of an article that matched no registered topic. */
    static final String NO_TOPIC_TYPE = "urn:negotiation-tracker:problem:no-matching-topic";

    private static final Logger LOG = Logger.getLogger(IngestConsumer.class);

    private final KafkaConfig settings;
    private final KafkaClients clients;
    private final AppendEvents intake;
    private final SubmitArticle articles;
    private final JsonBody body;
    private final BackgroundThreads threads;
    private final Tracing tracing;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private BackgroundThread thread;

    IngestConsumer(KafkaConfig settings, KafkaClients clients, AppendEvents intake, SubmitArticle articles,
                   JsonBody body, BackgroundThreads threads, Tracing tracing) {
        this.settings = settings;
        this.clients = clients;
        this.intake = intake;
        this.articles = articles;
        this.body = body;
        this.threads = threads;
        this.tracing = tracing;
    }

    void start(@Observes StartupEvent startup) {
        if (!settings.enabled()) {
            return;
        }
        thread = threads.create("kafka-ingest");
        thread.start(this::run);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (thread == null) {
            return;
        }
        thread.stop(this::wakeUpConsumer, settings.sendTimeout());
    }

    private void wakeUpConsumer() {
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    private void run() throws InterruptedException {
        while (thread.isRunning()) {
            // clients are made again after a failure, including a broker name that did not resolve yet
            try (KafkaConsumer<byte[], byte[]> ingest = clients.ingestConsumer("ingest");
                 KafkaProducer<byte[], byte[]> deadLetters = clients.rawProducer("ingest-dlq")) {
                consumer = ingest;
                ingest.subscribe(List.of(settings.ingestTopic()));
                while (thread.isRunning()) {
                    pollOnce(ingest, deadLetters);
                }
            } catch (WakeupException e) {
                return;
            } catch (KafkaException e) {
                LOG.warnf("reading the ingest topic failed (%s); retrying", e.getMessage());
                pause();
            }
        }
    }

    private void pollOnce(KafkaConsumer<byte[], byte[]> ingest, KafkaProducer<byte[], byte[]> deadLetters)
            throws InterruptedException {
        ConsumerRecords<byte[], byte[]> records = ingest.poll(settings.pollInterval());
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean retry = false;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                if (!handle(record, deadLetters)) {
                    // the log is unavailable: read this record again from here, after a pause
                    ingest.seek(partition, record.offset());
                    retry = true;
                    break;
                }
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        if (!done.isEmpty()) {
            ingest.commitSync(done);
        }
        if (retry) {
            pause();
        }
    }

    /**
     * True once the record's events are durable in the log or the record is in the dead-letter topic (an
     * article that matched no topic goes there too).
     */
    private boolean handle(ConsumerRecord<byte[], byte[]> record, KafkaProducer<byte[], byte[]> deadLetters)
            throws InterruptedException {
        try {
            IngestRecordBody ingested = IngestRecordBody.of(record, body);
            // the record's trace, when it carries one, is the parent of its append's span; a malformed one is
            // ignored, as the W3C rules say, and the append starts a trace of its own
            try (Scope ignored = tracing.contextOf(ingested.trace()).makeCurrent()) {
                if (!ingested.article()) {
                    intake.append(ingested.json());
                    return true;
                }
                ArticleResult result = articles.submit(ingested.json(), Duration.ZERO);
                // kept in the dead-letter topic rather than dropped: once its topic is registered it can be sent again
                return result.topic() != null || deadLetter(record, NO_TOPIC_TYPE, result.message(), deadLetters);
            }
        } catch (AppendRefusedException e) {
            return deadLetter(record, e.refusal(), e.reason(), deadLetters);
        } catch (ProblemException e) {
            // a 5xx is not the record's fault (the log did not confirm in time)
            return e.problem().status() < 500
                    ? deadLetter(record, e.problem().type().toString(), e.problem().detail(), deadLetters)
                    : readAgainLater(record, e);
        } catch (RuntimeException e) {
            return readAgainLater(record, e);
        }
    }

    private static boolean readAgainLater(ConsumerRecord<byte[], byte[]> record, RuntimeException e) {
        LOG.warnf("appending ingest record %s-%d@%d failed (%s); it will be read again", record.topic(),
                record.partition(), record.offset(), e.getMessage());
        return false;
    }

    private boolean deadLetter(ConsumerRecord<byte[], byte[]> record, String errorType, String error,
                               KafkaProducer<byte[], byte[]> deadLetters) throws InterruptedException {
        ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(settings.deadLetterTopic(), null, record.key(),
                record.value(), new RecordHeaders(record.headers().toArray()));
        Headers headers = letter.headers();
        header(headers, ERROR_HEADER, error);
        header(headers, ERROR_TYPE_HEADER, errorType);
        header(headers, ORIGINAL_TOPIC_HEADER, record.topic());
        header(headers, ORIGINAL_PARTITION_HEADER, Integer.toString(record.partition()));
        header(headers, ORIGINAL_OFFSET_HEADER, Long.toString(record.offset()));
        try {
            deadLetters.send(letter).get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            LOG.infof("ingest record %s-%d@%d sent to %s: %s", record.topic(), record.partition(), record.offset(),
                    settings.deadLetterTopic(), error);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warnf("sending ingest record %s-%d@%d to the dead-letter topic failed (%s); it will be read again",
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            return false;
        }
    }

    private static void header(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, (value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
    }

    private void pause() throws InterruptedException {
        Thread.sleep(settings.pollInterval().toMillis());
    }
}
