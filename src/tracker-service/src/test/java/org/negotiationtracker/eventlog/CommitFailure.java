package org.negotiationtracker.eventlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;

/**
 * Makes the append transaction fail at commit, after every listener has seen its events, whenever it holds an
 * event whose id ends with {@value #MARKER}: the way a database error at commit looks to the writer. Before it fails
 * it holds the events, written but not committed, for longer than the projector waits between looks at the log, as
 * a commit stuck on a slow disk would: a reader that saw uncommitted rows would fold them. A bean of the tests' own,
 * so every test service has it; no other event id ends that way.
 */
@ApplicationScoped
class CommitFailure implements AppendListener {

    static final String MARKER = "-fails-at-commit";
    /** Longer than the projector's idle poll (500 ms), so that it looks at the log at least once meanwhile. */
    private static final long HELD_MILLIS = 700;

    private final TransactionSynchronizationRegistry transactions;

    CommitFailure(TransactionSynchronizationRegistry transactions) {
        this.transactions = transactions;
    }

    @Override
    public void onAppend(List<LoggedEvent> appended) {
        if (appended.stream().anyMatch(logged -> logged.event().id().endsWith(MARKER))) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    try {
                        Thread.sleep(HELD_MILLIS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("commit refused for the test");
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
        }
    }
}
