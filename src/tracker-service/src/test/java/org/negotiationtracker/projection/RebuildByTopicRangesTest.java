package org.negotiationtracker.projection;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A log longer than a rebuild may hold in memory is folded and written by ranges of topics, to the same rows. */
@QuarkusTest
@TestProfile(SmallRebuildMemoryProfile.class)
class RebuildByTopicRangesTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aLogRebuiltByRangesOfTopicsGivesTheLiveReadModels() {
        // one topic longer than the bound alone, and some that share a range; reports of one day corroborate
        String longTopic = newTopic("ranges-long");
        append(days(longTopic, 0, 2 * (int) SmallRebuildMemoryProfile.EVENTS_IN_MEMORY)).statusCode(201);
        for (int topic = 0; topic < 5; topic++) {
            String id = newTopic("ranges");
            List<Map<String, Object>> events = new ArrayList<>(days(id, topic, 12));
            events.add(meeting(id, LocalDate.of(2000, 1, 1).plusDays(topic).toString(), "Taro Kono"));
            append(events).statusCode(201);
        }
        Map<String, String> live = ReadModelRebuildTest.readModels();

        given().post("/api/admin/projections/rebuild").then().statusCode(200);

        assertEquals(live, ReadModelRebuildTest.readModels());
    }

    @Test
    void theRangesCoverEveryEventOnceAndHoldNoMoreThanTheBoundUnlessATopicDoes() throws Exception {
        String longTopic = newTopic("plan-long");
        append(days(longTopic, 0, 2 * (int) SmallRebuildMemoryProfile.EVENTS_IN_MEMORY)).statusCode(201);
        for (int topic = 0; topic < 3; topic++) {
            append(days(newTopic("plan"), 0, 10)).statusCode(201);
        }
        long through = head();
        try (Connection connection = dataSource.getConnection()) {
            List<TopicRange> ranges = TopicRange.plan(connection, through, SmallRebuildMemoryProfile.EVENTS_IN_MEMORY);
            assertTrue(ranges.size() > 1, "several ranges: " + ranges);
            long covered = 0;
            String previousLast = null;
            for (TopicRange range : ranges) {
                assertTrue(range.first().compareTo(range.last()) <= 0, "a range from its first topic to its last");
                assertTrue(previousLast == null || previousLast.compareTo(range.first()) < 0, "ranges in order");
                previousLast = range.last();
                long[] counted = count(connection, through, range);
                assertTrue(counted[0] <= SmallRebuildMemoryProfile.EVENTS_IN_MEMORY || counted[1] == 1,
                        range + " holds " + counted[0] + " events of " + counted[1] + " topics");
                covered += counted[0];
            }
            assertEquals(through, covered, "every event in one range");
        }
    }

    /** Events and topics of a range up to a position. */
    private static long[] count(Connection connection, long through, TopicRange range) throws Exception {
        try (PreparedStatement select = connection.prepareStatement("select count(*), count(distinct topic_id)"
                + " from event_log where position <= ? and topic_id >= ? and topic_id <= ?")) {
            select.setLong(1, through);
            select.setString(2, range.first());
            select.setString(3, range.last());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        }
    }

    /** Meetings on consecutive days from 2000-01-01 plus {@code from} days, so each is an entry of its own. */
    private static List<Map<String, Object>> days(String topic, int from, int count) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int day = from; day < from + count; day++) {
            events.add(meeting(topic, LocalDate.of(2000, 1, 1).plusDays(day).toString(), "Sergey Lavrov"));
        }
        return events;
    }
}
