package org.negotiationtracker.kafka;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.jboss.logging.Logger;
import org.negotiationtracker.app.ReadTopics;
import org.negotiationtracker.eventlog.StoredEvent;
import org.negotiationtracker.logfollowing.LeaderLease;
import org.negotiationtracker.logfollowing.LogFollowing;
import org.negotiationtracker.logfollowing.LogSubscription;

/**
 * Publishes the log to Kafka, the log being the outbox: it reads events by position after the stored
 * checkpoint, sends each as a CloudEvent to the events topic (keyed by topic id, so one topic's events
 * keep their order on one partition) and the state of every topic a page touched to the compacted
 * state topic, and moves the checkpoint past a page only once Kafka has acknowledged all of it, while the
 * next few pages are already on their way. A failure anywhere means the round is sent again from the
 * checkpoint: at least once, never lost, never a database commit and a send that can disagree. Only the
 * replica holding the publisher's {@link LeaderLease} publishes.
 *
 * <p>The database and Kafka work side by side: a reader thread fetches the next page (its events as
 * stored, never decoded, and the current states of the topics it touches) and turns
 * it into Kafka records (CloudEvents in binary mode, then the states) while this one sends the last.
 */
@ApplicationScoped
class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Pages sent and not yet acknowledged: reading and encoding the next ones overlaps the broker's work. */
    private static final int PAGES_IN_FLIGHT = 4;
    private static final long CHECKPOINT_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    /** Any fixed number all replicas agree on; this one spells "ntkafka1". */
    private static final long LEASE_KEY = 0x6e746b61666b6131L;

    /**
     * A page of the log ready to send: its events in log order, then the current state of each topic they
     * touch. A compacted topic keeps only the latest record per key, so one state per topic and page is all
     * a reader of it can ever see. A page goes no further than the read models have folded, and the states are
     * read after the events, so none is older than the page: the relay follows the projector.
     */
    private record Page(List<ProducerRecord<String, byte[]>> records, long lastPosition) {
    }

    private record SentPage(long lastPosition, List<Future<RecordMetadata>> sends) {
    }

    private final KafkaConfig settings;
    private final KafkaClients clients;
    private final KafkaStatus status;
    private final PublicationCheckpoint checkpoint;
    private final EventCloudEvents cloudEvents;
    private final ReadTopics topicStates;
    private final LogFollowing log;
    private final LeaderLease lease;
    private LogSubscription subscription;
    private ExecutorService reader;
    private KafkaProducer<String, byte[]> producer;
    private Admin admin;
    private boolean topicsReady;
    /** Relay thread only: the last position Kafka has acknowledged, and the last one handed to be stored. */
    private long acknowledgedUpTo;
    private long storedUpTo;
    private long storedAt;

    OutboxRelay(KafkaConfig settings, KafkaClients clients, KafkaStatus status, PublicationCheckpoint checkpoint,
                EventCloudEvents cloudEvents, ReadTopics topicStates, LogFollowing log) {
        this.settings = settings;
        this.clients = clients;
        this.status = status;
        this.checkpoint = checkpoint;
        this.cloudEvents = cloudEvents;
        this.topicStates = topicStates;
        this.log = log;
        this.lease = log.lease("Kafka publication", LEASE_KEY);
    }

    void start(@Observes StartupEvent startup) {
        if (!settings.enabled()) {
            return;
        }
        reader = Executors.newSingleThreadExecutor(task -> {
            Thread pageReader = new Thread(task, "kafka-outbox-reader");
            pageReader.setDaemon(true);
            return pageReader;
        });
        // the relay minds its lease itself: a stand-by replica still checks that Kafka answers, for its health
        subscription = log.subscribe("publishing the log to Kafka", "kafka-outbox-relay", null,
                settings.pollInterval(), Duration.ZERO);
        subscription.start(new LogSubscription.Reader() {
            @Override
            public boolean round() throws Exception {
                OutboxRelay.this.round();
                return false;
            }

            @Override
            public void failed(Exception failure) {
                if (failure instanceof ExecutionException || failure instanceof TimeoutException
                        || failure instanceof KafkaException) {
                    status.unreachable(failure);
                    closeClients();
                    // Kafka may come back without the topics (a new broker, a deleted topic): look again
                    topicsReady = false;
                }
            }

            @Override
            public void closed() {
                closeClients();
                reader.shutdownNow();
                lease.close();
            }
        });
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (subscription != null) {
            subscription.stop(settings.sendTimeout());
        }
    }

    private void round() throws InterruptedException, ExecutionException, TimeoutException {
        long timeout = settings.sendTimeout().toMillis();
        if (admin == null) {
            // created here, not at start-up: a broker whose name does not resolve yet is just unavailable
            admin = clients.admin("relay-admin");
        }
        if (!topicsReady) {
            if (KafkaTopics.ensure(admin, settings, timeout).contains(settings.eventsTopic())) {
                // a new, empty events topic (a new broker, or the topic was deleted): it gets the whole log
                checkpoint.restart();
            }
            topicsReady = true;
        }
        boolean publishing = lease.held();
        status.publisher(publishing);
        if (!publishing) {
            // a stand-by replica still tells its health check whether Kafka answers
            admin.describeCluster().clusterId().get(timeout, TimeUnit.MILLISECONDS);
            status.reachable();
            return;
        }
        if (producer == null) {
            producer = clients.producer("relay");
        }
        Deque<SentPage> unacknowledged = new ArrayDeque<>();
        long start = checkpoint.position();
        acknowledgedUpTo = start;
        storedUpTo = start;
        Future<Page> next = readAfter(start);
        try {
            while (subscription.thread().isRunning()) {
                Page page = pageOf(next);
                if (page.records().isEmpty()) {
                    break;
                }
                next = readAfter(page.lastPosition());
                unacknowledged.add(new SentPage(page.lastPosition(), send(page)));
                if (unacknowledged.size() >= PAGES_IN_FLIGHT) {
                    acknowledge(unacknowledged.poll(), timeout);
                }
            }
            while (!unacknowledged.isEmpty()) {
                acknowledge(unacknowledged.poll(), timeout);
            }
        } finally {
            // a page read ahead and never sent is read again from the checkpoint
            next.cancel(false);
            // what Kafka has acknowledged is stored, also when the round failed after it
            if (acknowledgedUpTo > storedUpTo) {
                storeCheckpoint();
            }
            // the checkpoint writes still queued land before the next round reads (or resets) the checkpoint
            reader.submit(() -> { }).get();
        }
        status.reachable();
    }

    private Future<Page> readAfter(long after) {
        return reader.submit(() -> {
            // the states sent with a page must be at least as new as its events: read after them, from read
            // models that have folded at least as far as the page goes
            long projected = topicStates.projectedPosition();
            List<StoredEvent> events = log.pageAfter(after, projected, settings.publishBatch(), null);
            if (events.isEmpty()) {
                return new Page(List.of(), after);
            }
            Set<String> touched = new LinkedHashSet<>();
            events.forEach(event -> touched.add(event.topicId()));
            Map<String, String> states = topicStates.currentStatesJson(touched);
            return new Page(records(events, states), events.get(events.size() - 1).position());
        });
    }

    /** A failed read is the database's failure, not Kafka's: it must not reset the Kafka clients. */
    private static Page pageOf(Future<Page> read) throws InterruptedException {
        try {
            return read.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Waits for a page's acknowledgements, oldest page first, and only then may the checkpoint move past
     * it. It is stored at most every {@link #CHECKPOINT_INTERVAL_NANOS} while a backlog is being sent, and
     * at the end of every round: a write per page cost the reader thread a sixth of its time, and a mark
     * left behind only means sending those events again.
     */
    private void acknowledge(SentPage page, long timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        for (Future<RecordMetadata> send : page.sends()) {
            send.get(timeout, TimeUnit.MILLISECONDS);
        }
        acknowledgedUpTo = page.lastPosition();
        if (System.nanoTime() - storedAt >= CHECKPOINT_INTERVAL_NANOS) {
            storeCheckpoint();
        }
    }

    /**
     * The reader thread stores the mark, in order, so that the database round trip does not hold up
     * sending; a write that fails leaves the checkpoint behind, which only means sending again.
     */
    private void storeCheckpoint() {
        long position = acknowledgedUpTo;
        storedUpTo = position;
        storedAt = System.nanoTime();
        reader.execute(() -> {
            try {
                checkpoint.advance(position);
            } catch (RuntimeException e) {
                LOG.warnf("storing the Kafka checkpoint failed (%s); those events will be sent again", e.getMessage());
            }
        });
    }

    /** Events keyed by their topic (the CloudEvent's subject), then the states. */
    private List<ProducerRecord<String, byte[]>> records(List<StoredEvent> events, Map<String, String> states) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(events.size() + states.size());
        for (StoredEvent stored : events) {
            CloudEvent event = cloudEvents.of(stored);
            records.add(KafkaMessageFactory.createWriter(settings.eventsTopic(), event.getSubject()).writeBinary(event));
        }
        states.forEach((topicId, json) -> records.add(
                new ProducerRecord<>(settings.stateTopic(), topicId, json.getBytes(StandardCharsets.UTF_8))));
        return records;
    }

    private List<Future<RecordMetadata>> send(Page page) {
        List<Future<RecordMetadata>> sends = new ArrayList<>(page.records().size());
        page.records().forEach(record -> sends.add(producer.send(record)));
        return sends;
    }

    private void closeClients() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
        if (admin != null) {
            admin.close(Duration.ZERO);
            admin = null;
        }
    }
}
