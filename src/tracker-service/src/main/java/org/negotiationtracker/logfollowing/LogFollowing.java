package org.negotiationtracker.logfollowing;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.negotiationtracker.domain.EventType;
import org.negotiationtracker.eventlog.CommitListener;
import org.negotiationtracker.eventlog.EventCodec;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.eventlog.EventLogStore;
import org.negotiationtracker.eventlog.LoggedEvent;
import org.negotiationtracker.eventlog.StoredEvent;
import org.negotiationtracker.jdbc.Jdbc;
import org.negotiationtracker.lifecycle.BackgroundThreads;

/**
 * The one door for everything that follows the log rather than writing it (the live streams, the Kafka relay, the
 * extractor, the projector): its head, a page after a position, a subscription woken at every commit, a stored
 * checkpoint, the lease that lets one replica do a piece of work. This instance's commits and, on PostgreSQL, every
 * replica's reach the subscriptions through it.
 */
@ApplicationScoped
public class LogFollowing implements CommitListener {

    private static final String READING = "reading the event log";

    private final AgroalDataSource dataSource;
    private final EventLogStore store;
    private final EventLog log;
    private final EventCodec codec;
    private final SubscriptionCheckpoints checkpoints;
    private final BackgroundThreads threads;
    private final List<LogSubscription> subscriptions = new CopyOnWriteArrayList<>();
    private final List<Runnable> headWatchers = new CopyOnWriteArrayList<>();
    /** The furthest head the readers were woken for: see {@link #committed}. */
    private final AtomicLong announced = new AtomicLong(-1);

    LogFollowing(AgroalDataSource dataSource, EventLogStore store, EventLog log, EventCodec codec,
                 SubscriptionCheckpoints checkpoints, BackgroundThreads threads) {
        this.dataSource = dataSource;
        this.store = store;
        this.log = log;
        this.codec = codec;
        this.checkpoints = checkpoints;
        this.threads = threads;
    }

    /** The last committed position. */
    public long head() {
        return log.head();
    }

    /** Up to {@code limit} events after a position, as stored (not decoded); {@code topicId} null means every topic. */
    public List<StoredEvent> pageAfter(long after, int limit, String topicId) {
        return pageAfter(after, Long.MAX_VALUE, limit, topicId);
    }

    /** {@link #pageAfter(long, int, String)} no further than position {@code through}. */
    public List<StoredEvent> pageAfter(long after, long through, int limit, String topicId) {
        return Jdbc.query(dataSource, READING, connection -> store.readStored(connection, after, through, limit,
                topicId));
    }

    /** Up to {@code limit} events after a position, decoded; {@code topicId} and {@code types} narrow it when given. */
    public List<LoggedEvent> read(long after, int limit, String topicId, Collection<EventType> types) {
        return log.read(after, limit, topicId, types);
    }

    /**
     * The events after position 0 up to {@code upTo}, in log order, read {@code pageSize} at a time as they are
     * iterated; {@code topicId} null and {@code types} empty mean every topic and every type.
     */
    public Iterable<LoggedEvent> readUpTo(long upTo, String topicId, Collection<EventType> types, int pageSize) {
        return () -> new LogPages(this, upTo, topicId, types, pageSize);
    }

    public LoggedEvent decode(StoredEvent stored) {
        return stored.decode(codec);
    }

    /**
     * A reader's loop over the log on a thread of its own, woken at every commit of any replica.
     *
     * @param name what the reader does, for the log
     * @param lease null when every replica reads, else the lease the replica must hold to read
     */
    public LogSubscription subscribe(String name, String threadName, LeaderLease lease, Duration idlePoll,
                                     Duration failurePause) {
        LogSubscription subscription = new LogSubscription(name, threads.create(threadName), lease, idlePoll,
                failurePause);
        subscriptions.add(subscription);
        return subscription;
    }

    /**
     * The lease for one kind of work among the replicas.
     *
     * @param work what the leader does, for the log
     * @param lockKey the key every replica uses for this work and no other work does
     */
    public LeaderLease lease(String work, long lockKey) {
        return new LeaderLease(dataSource, store, work, lockKey);
    }

    /** The stored position of the reader named so, among the log's subscriptions. */
    public Checkpoint checkpoint(String name) {
        return new Checkpoint(dataSource, store, checkpoints, name);
    }

    /** Calls {@code watcher} after every commit of any replica, for a caller that waits for something the log holds. */
    public void onHeadMoved(Runnable watcher) {
        headWatchers.add(watcher);
    }

    /**
     * Wakes the readers for a head further than any they were woken for. On PostgreSQL each commit of this instance
     * is told twice, by its writer and by the head notification; each reader woken twice read the log twice, the
     * second time for nothing, on the cores and connections the next append needed. A head already told (a
     * notification of this instance's own commit, or of an earlier one than the last told) wakes nobody.
     */
    @Override
    public void committed(long head) {
        if (announced.getAndAccumulate(head, Math::max) >= head) {
            return;
        }
        subscriptions.forEach(LogSubscription::wake);
        headWatchers.forEach(Runnable::run);
    }
}
