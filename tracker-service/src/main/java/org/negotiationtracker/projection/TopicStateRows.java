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
 * Current topic states exactly as stored, read over a connection the caller already holds: the Kafka
 * relay reads them right after a page of the log, on the same connection and without a transaction of
 * their own, so that they are never older than the page.
 */
@ApplicationScoped
public class TopicStateRows {

    /** The states of those topics that exist, in one query. */
    public Map<String, String> statesJson(Connection connection, Collection<String> topicIds) throws SQLException {
        Map<String, String> states = new HashMap<>();
        if (topicIds.isEmpty()) {
            return states;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select topic_id, state from topic_state where topic_id = any(?)")) {
            Array ids = connection.createArrayOf("varchar", topicIds.toArray());
            try {
                select.setArray(1, ids);
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
