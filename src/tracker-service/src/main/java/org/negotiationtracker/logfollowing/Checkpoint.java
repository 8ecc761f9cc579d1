package org.negotiationtracker.logfollowing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.sql.Statement;
import java.util.OptionalLong;
import org.negotiationtracker.eventlog.EventLogStore;
import org.negotiationtracker.jdbc.Jdbc;

/**
 * How far one named reader of the log has read it, for a reader whose work commits apart from its checkpoint (the
 * Kafka relay, the extractor): each move is a transaction of its own. A reader that writes in the database for the
 * events it passed (the projector) moves its checkpoint in that transaction, with {@link SubscriptionCheckpoints}.
 */
public final class Checkpoint {

    private final AgroalDataSource dataSource;
    private final EventLogStore store;
    private final SubscriptionCheckpoints checkpoints;
    private final String name;

    Checkpoint(AgroalDataSource dataSource, EventLogStore store, SubscriptionCheckpoints checkpoints, String name) {
        this.dataSource = dataSource;
        this.store = store;
        this.checkpoints = checkpoints;
        this.name = name;
    }

    /** Empty when the reader has no checkpoint yet. */
    public OptionalLong position() {
        return Jdbc.query(dataSource, "reading the checkpoint " + name,
                connection -> checkpoints.position(connection, name));
    }

    /**
     * Moves the checkpoint from where its reader found it: false when another reader (a replica that took over)
     * moved it meanwhile, whose work then stands.
     */
    public boolean advance(long from, long to) {
        return QuarkusTransaction.requiringNew().call(() -> Jdbc.query(dataSource, "moving the checkpoint " + name,
                connection -> checkpoints.advance(connection, name, from, to)));
    }

    /**
     * Moves forward only, for a reader whose work is idempotent: a late writer (a leader that lost its lease late)
     * never pulls it back. On PostgreSQL the commit does not wait for its WAL flush: a mark lost in a crash only means
     * doing that work again, which such a reader allows, while a disk flush per move would pace it.
     */
    public void advanceTo(long to) {
        QuarkusTransaction.requiringNew().run(() -> Jdbc.update(dataSource, "storing the checkpoint " + name,
                connection -> {
                    if (store.isPostgres(connection)) {
                        try (Statement asynchronous = connection.createStatement()) {
                            asynchronous.execute("set local synchronous_commit = off");
                        }
                    }
                    checkpoints.advanceTo(connection, name, to);
                }));
    }

    /** Starts the reader again at {@code position}. */
    public void restartAt(long position) {
        QuarkusTransaction.requiringNew().run(() -> Jdbc.update(dataSource, "resetting the checkpoint " + name,
                connection -> checkpoints.reset(connection, name, position)));
    }
}
