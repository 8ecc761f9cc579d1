package org.negotiationtracker.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Current topic states exactly as stored, read over a connection the caller already holds: the Kafka relay reads
 * how far the read models stand, then a page of the log no further than that, then these states, on the same
 * connection and without a transaction of their own, so that they are never older than the page.
 */
@ApplicationScoped
public class TopicStateRows {

    /** How far the read models that answer reads have folded the log. */
    public long projectedPosition(Connection connection) throws SQLException {
        return GenerationStatus.current(connection).position();
    }

    /** The states of those topics that exist, in one query, from the generation that answers reads. */
    public Map<String, String> statesJson(Connection connection, Collection<String> topicIds) throws SQLException {
        Map<String, String> states = new HashMap<>();
        if (topicIds.isEmpty()) {
            return states;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select s.topic_id, s.state from topic_state s join read_model_generation g "
                        + "on g.name = ? and s.generation = g.active where s.topic_id = any(?)")) {
            Array ids = connection.createArrayOf("varchar", topicIds.toArray());
            try {
                select.setString(1, GenerationStatus.NAME);
                select.setArray(2, ids);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        states.put(rows.getString(1), rows.getString(2));
                    }
                }
            } finally {
                ids.free();
            }
        }
        return states;
    }
}
