package org.negotiationtracker.projection;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.negotiationtracker.jdbc.Jdbc;

/**
 * A rebuild of the read models, blue/green: a new generation folds the whole log beside the active one while
 * appends and reads go on, and replaces it once it has caught up. Any replica may ask; the projector folds it.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private final AgroalDataSource dataSource;
    private final GenerationLifecycle generations;
    private final ProjectionProgress progress;
    private final Projector projector;
    private final ProjectionConfig config;

    ReadModelRebuild(AgroalDataSource dataSource, GenerationLifecycle generations, ProjectionProgress progress,
                      Projector projector, ProjectionConfig config) {
        this.dataSource = dataSource;
        this.generations = generations;
        this.progress = progress;
        this.projector = projector;
        this.config = config;
    }

    /**
     * Starts a new generation (or joins the one being built) and waits until it answers reads.
     *
     * @throws RebuildNotDoneException when it has not taken over within the configured wait; it goes on
     */
    public RebuildReport rebuild() throws InterruptedException {
        long started = System.nanoTime();
        int built = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return generations.startRebuild(connection);
            }
        });
        projector.wake();
        ProjectionProgress.Projected swapped = progress.await(projected -> projected.generation() >= built,
                config.rebuildWait(), last -> new RebuildNotDoneException(built, config.rebuildWait()));
        return Jdbc.query(dataSource, "counting the rebuilt read models",
                connection -> new RebuildReport(swapped.position(), count(connection, "topic_state", built),
                        count(connection, "timeline_entry", built), (System.nanoTime() - started) / 1_000_000));
    }

    private static int count(Connection connection, String table, int generation) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select count(*) from " + table + " where generation = ?")) {
            select.setInt(1, generation);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
