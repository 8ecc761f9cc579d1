package org.negotiationtracker.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.negotiationtracker.logfollowing.SubscriptionCheckpoints;

/**
 * Starts, swaps and retires the generations of the topic read models ({@link GenerationStatus} reads which is
 * which).
 * Every generation is a reader of the log with its own checkpoint, so a rebuild is just a second reader that
 * started at position 0; it takes over once it has caught up with the active one.
 */
@ApplicationScoped
class GenerationLifecycle {

    private final SubscriptionCheckpoints checkpoints;

    GenerationLifecycle(SubscriptionCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    /**
     * Starts folding a new generation from position 0 beside the active one, or joins the one already being built.
     * Rows of retired generations go first, so at most two generations are stored at a time.
     *
     * @return the generation being built
     */
    int startRebuild(Connection connection) throws SQLException {
        int active;
        int rebuilding;
        try (PreparedStatement lock = connection.prepareStatement(
                "select active, building from read_model_generation where name = ? for update")) {
            lock.setString(1, GenerationStatus.NAME);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                active = row.getInt(1);
                rebuilding = row.getInt(2);
            }
        }
        if (rebuilding != 0) {
            return rebuilding;
        }
        int next = active + 1;
        deleteRowsExcept(connection, active);
        checkpoints.reset(connection, GenerationStatus.checkpointName(next), 0);
        try (PreparedStatement update = connection.prepareStatement(
                "update read_model_generation set building = ? where name = ?")) {
            update.setInt(1, next);
            update.setString(2, GenerationStatus.NAME);
            update.executeUpdate();
        }
        return next;
    }

    /**
     * Makes the generation that was being built the active one. The retired generation's rows stay until
     * {@link #deleteRowsExcept}, so a read that had just looked up the active generation still finds its rows.
     */
    void swap(Connection connection, int retired, int built) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update read_model_generation set active = ?, building = null where name = ? and active = ? and building = ?")) {
            update.setInt(1, built);
            update.setString(2, GenerationStatus.NAME);
            update.setInt(3, retired);
            update.setInt(4, built);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("generation " + built + " could not replace " + retired
                        + ": the generations changed meanwhile");
            }
        }
        checkpoints.remove(connection, GenerationStatus.checkpointName(retired));
    }

    /**
     * Deletes the rows of every generation but {@code kept}, the active one. Only the projector writes rows, and
     * it folds a generation being built only after reading it from {@link GenerationStatus#current}, so no caller
     * that saw no rebuild running can delete the rows of one.
     */
    void deleteRowsExcept(Connection connection, int kept) throws SQLException {
        for (String table : new String[] {"timeline_entry", "topic_state"}) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from " + table + " where generation <> ?")) {
                delete.setInt(1, kept);
                delete.executeUpdate();
            }
        }
    }
}
