package org.negotiationtracker.app;

import jakarta.enterprise.context.ApplicationScoped;
import org.negotiationtracker.problem.ProblemException;
import org.negotiationtracker.projection.ReadModelRebuild;
import org.negotiationtracker.projection.RebuildNotDoneException;
import org.negotiationtracker.projection.RebuildReport;

/**
 * Folds the whole log into a new generation of the read models beside the live one, which keeps answering reads
 * while appends go on, and swaps it in once it has caught up.
 */
@ApplicationScoped
public class RebuildReadModels {

    private final ReadModelRebuild rebuild;

    RebuildReadModels(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** @throws ProblemException 503 when the new generation has not taken over in time (it goes on) */
    public RebuildReport rebuild() {
        try {
            return rebuild.rebuild();
        } catch (RebuildNotDoneException e) {
            throw ProblemException.rebuildNotDone(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ProblemException.rebuildNotDone("interrupted while waiting for the rebuild; it goes on");
        }
    }
}
