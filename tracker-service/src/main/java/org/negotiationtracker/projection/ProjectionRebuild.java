package org.negotiationtracker.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.negotiationtracker.eventlog.EventLog;
import org.negotiationtracker.eventlog.EventLogStore;
import org.negotiationtracker.eventlog.LoggedEvent;

/**
 * Drops every read model and folds the whole log into it again. Appends (on every replica) wait
 * while it runs, because it holds the log's head lock: the price of never rebuilding past a moving log.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private static final int PAGE = 1000;

    private final EventLog log;
    private final EventLogStore store;
    private final Projector projector;

    ProjectionRebuild(EventLog log, EventLogStore store, Projector projector) {
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
