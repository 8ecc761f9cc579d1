package org.negotiationtracker.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.negotiationtracker.eventlog.EventLogStore;
import org.negotiationtracker.eventlog.LoggedEvent;
import org.negotiationtracker.projection.Projector;
import org.negotiationtracker.projection.RebuildReport;

/**
 * Drops every read model and folds the whole log into it again. Appends (on every replica) wait
 * while it runs, because it holds the log's head lock: the price of never rebuilding past a moving log.
 */
@ApplicationScoped
public class RebuildProjections {

    private static final int PAGE = 1000;

    private final LogWrites log;
    private final EventLogStore store;
    private final Projector projector;

    RebuildProjections(LogWrites log, EventLogStore store, Projector projector) {
        this.log = log;
        this.store = store;
        this.projector = projector;
    }

    public RebuildReport rebuild() {
        return log.exclusively((connection, head) -> {
            long[] after = {0};
            return projector.rebuild(() -> {
                List<LoggedEvent> page = store.read(connection, after[0], PAGE, null, List.of());
                if (!page.isEmpty()) {
                    after[0] = page.get(page.size() - 1).position();
                }
                return page;
            });
        });
    }
}
