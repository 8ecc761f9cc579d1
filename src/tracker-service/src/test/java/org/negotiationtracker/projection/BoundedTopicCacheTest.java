package org.negotiationtracker.projection;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The projector's topics in memory weigh at most tracker.projection.cached-reports reports, whatever the number of
 * topics, and a page whose topics weigh more is folded and written a few topics at a time: the read models are
 * those of a rebuild, which holds every topic at once. A projector behind the log reads each topic back once for all
 * its events of a window, not once for each page that holds a few of them.
 */
@QuarkusTest
@TestProfile(SmallTopicCacheProfile.class)
class BoundedTopicCacheTest {

    private static final int BOUND = (int) SmallTopicCacheProfile.CACHED_REPORTS;

    @Inject
    MeterRegistry registry;

    @Test
    void topicsHeavierTogetherThanTheBoundAreFoldedToTheSameReadModelsWithinIt() {
        // one topic heavier than the bound alone, and topics lighter than it that are heavier together
        List<String> topics = new ArrayList<>(List.of(newTopic("cache-long")));
        for (int topic = 0; topic < 5; topic++) {
            topics.add(newTopic("cache"));
        }
        for (int round = 0; round < 3; round++) {
            // interleaved, so each page of the projector folds every topic; later rounds fold onto topics the
            // cache dropped, read back from their rows
            List<Map<String, Object>> events = new ArrayList<>();
            for (int day = round * 20; day < (round + 1) * 20; day++) {
                for (String topic : topics) {
                    if (day < round * 20 + 8 || topic.startsWith("cache-long")) {
                        events.add(meeting(topic, LocalDate.of(2000, 1, 1).plusDays(day).toString(),
                                "Sergey Lavrov"));
                    }
                }
            }
            append(events).statusCode(201);
            caughtUp();

            double cached = registry.get("tracker.projection.cached-reports").gauge().value();
            assertTrue(cached > 0 && cached <= BOUND, "cached reports " + cached + ", bound " + BOUND);
        }
        given().get("/api/topics/" + topics.get(0)).then().statusCode(200)
                .body("reportCount", org.hamcrest.Matchers.is(60));
        Map<String, String> live = ReadModelRebuildTest.readModels();

        given().post("/api/admin/projections/rebuild").then().statusCode(200);

        assertEquals(live, ReadModelRebuildTest.readModels());
    }

    @Test
    void aProjectorBehindReadsEachTopicBackOncePerWindowNotOncePerPage() {
        // twenty topics of ten reports each, and six of three: together far heavier than the bound, so the cache
        // keeps few of them
        List<String> busy = new ArrayList<>();
        for (int topic = 0; topic < 20; topic++) {
            busy.add(newTopic("behind"));
        }
        List<String> sparse = new ArrayList<>();
        for (int topic = 0; topic < 6; topic++) {
            sparse.add(newTopic("behind-sparse"));
        }
        List<Map<String, Object>> history = days(busy, 0, 10);
        history.addAll(days(sparse, 0, 3));
        append(history).statusCode(201);
        caughtUp();
        double readsBefore = topicReads();

        // one commit of 518 events, each page's ten events of ten topics: the projector finds itself pages behind;
        // in its window, the busy topics have more events than a page each, the sparse ones fewer than a page together
        List<Map<String, Object>> events = days(busy, 10, 25);
        events.addAll(days(sparse, 3, 3));
        append(events).statusCode(201);
        caughtUp();

        double reads = topicReads() - readsBefore;
        int topics = busy.size() + sparse.size();
        // a page then one window of the rest, each reading its topics back once (folded page by page, about one
        // read an event: each page's ten topics are none of the few the cache keeps)
        assertTrue(reads <= 2 * topics, reads + " topics read back for " + events.size() + " events of " + topics
                + " topics");
        given().get("/api/topics/" + busy.get(0)).then().statusCode(200)
                .body("reportCount", org.hamcrest.Matchers.is(35));
        given().get("/api/topics/" + sparse.get(0)).then().statusCode(200)
                .body("reportCount", org.hamcrest.Matchers.is(6));
        Map<String, String> live = ReadModelRebuildTest.readModels();

        given().post("/api/admin/projections/rebuild").then().statusCode(200);

        assertEquals(live, ReadModelRebuildTest.readModels());
    }

    /** A meeting a day of each topic, days interleaved: the first day's meetings of all topics, then the next. */
    private static List<Map<String, Object>> days(List<String> topics, int from, int count) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int day = from; day < from + count; day++) {
            for (String topic : topics) {
                events.add(meeting(topic, LocalDate.of(2001, 1, 1).plusDays(day).toString(), "Sergey Lavrov"));
            }
        }
        return events;
    }

    private double topicReads() {
        return registry.get("tracker.projection.topic-reads").functionCounter().count();
    }

    private static void caughtUp() {
        given().queryParam("minPosition", head()).get("/api/topics").then().statusCode(200);
    }
}
