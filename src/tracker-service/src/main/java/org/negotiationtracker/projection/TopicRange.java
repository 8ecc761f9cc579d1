package org.negotiationtracker.projection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The topics from {@code first} to {@code last} (both included, in the database's order of topic ids), whose events
 * a rebuild folds in memory together; both null for every topic.
 */
record TopicRange(String first, String last) {

    static final TopicRange ALL = new TopicRange(null, null);

    /**
     * Ranges of topics, in order, each with at most {@code eventsInMemory} events up to position {@code through} (a
     * topic with more has a range to itself, since a topic is folded whole): one range for a log that fits.
     */
    static List<TopicRange> plan(Connection connection, long through, long eventsInMemory) throws SQLException {
        // positions count the events, so a log no longer than the bound needs no counting per topic
        if (through <= eventsInMemory) {
            return List.of(ALL);
        }
        List<TopicRange> ranges = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select topic_id, count(*) from event_log"
                + " where position <= ? group by topic_id order by topic_id")) {
            select.setLong(1, through);
            try (ResultSet rows = select.executeQuery()) {
                String first = null;
                String last = null;
                long events = 0;
                while (rows.next()) {
                    String topic = rows.getString(1);
                    long topicEvents = rows.getLong(2);
                    if (first != null && events + topicEvents > eventsInMemory) {
                        ranges.add(new TopicRange(first, last));
                        first = null;
                        events = 0;
                    }
                    if (first == null) {
                        first = topic;
                    }
                    last = topic;
                    events += topicEvents;
                }
                if (first != null) {
                    ranges.add(new TopicRange(first, last));
                }
            }
        }
        return ranges.size() > 1 ? ranges : List.of(ALL);
    }
}
