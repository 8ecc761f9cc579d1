package org.negotiationtracker.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Which generation of the topic read models answers reads, how far it has read the log, and which one a rebuild
 * is folding beside it ({@code rebuilding} is 0 when none). Read in plain JDBC, so that the benchmark's lag sampler
 * reads it over a connection of its own exactly as the service does.
 */
public record GenerationStatus(int active, long position, int rebuilding) {

    /** The read models' row in read_model_generation. */
    static final String NAME = "topics";

    /** The name of a generation's checkpoint among the log's subscriptions. */
    static String checkpointName(int generation) {
        return NAME + "-" + generation;
    }

    /** In one query, so that the position read is the active generation's. */
    public static GenerationStatus current(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select g.active, c.position, g.building from read_model_generation g "
                        + "join subscription_checkpoint c on c.name = concat('" + NAME + "-', g.active) where g.name = ?")) {
            select.setString(1, NAME);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("the read_model_generation row is missing: the schema was not migrated");
                }
                return new GenerationStatus(row.getInt(1), row.getLong(2), row.getInt(3));
            }
        }
    }
}
