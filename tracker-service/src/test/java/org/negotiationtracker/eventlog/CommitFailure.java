package org.negotiationtracker.eventlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;

/**
 * Makes the append transaction fail at commit, after every listener has seen its events, whenever it holds an
 * event whose id ends with {@value #MARKER}: the way a database error at commit looks to the writer. A bean of the
 * tests' own, so every test service has it; no other event id ends that way.
 */
@ApplicationScoped
class CommitFailure implements AppendListener {

    static final String MARKER = "-fails-at-commit";

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
                    throw new IllegalStateException("commit refused for the test");
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
        }
    }
}
