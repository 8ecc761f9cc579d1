package org.negotiationtracker.eventlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negotiationtracker.ServiceProcess;

/** The packaged service, started the way the README says, keeps its log in the embedded file across restarts. */
class EmbeddedLogSurvivesRestartIT {

    private static final String JAR = System.getProperty("tracker.app.jar", "target/quarkus-app/quarkus-run.jar");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void eventsAndStateSurviveARestart() throws Exception {
        String event = """
                {"id": "restart-1", "topicId": "restart-talks", "type": "meeting.held", "occurredAt": "2019-01-14",
                 "actors": [{"name": "Sergey Lavrov", "country": "Russia"}]}""";
        try (ServiceProcess service = ServiceProcess.start(JAR, Map.of("TRACKER_DATA_DIR", dataDir.toString()))) {
            assertEquals(201, service.post("/api/topics",
                    "{\"id\": \"restart-talks\", \"title\": \"Restart\", \"parties\": [\"Russia\", \"Japan\"]}").statusCode());
            assertEquals(201, service.post("/api/events", event).statusCode());
        }
        assertTrue(Files.list(dataDir).anyMatch(file -> file.getFileName().toString().endsWith(".mv.db")),
                "the embedded database is a file in TRACKER_DATA_DIR");

        try (ServiceProcess service = ServiceProcess.start(JAR, Map.of("TRACKER_DATA_DIR", dataDir.toString()))) {
            JsonNode log = JSON.readTree(service.get("/api/events?topic=restart-talks").body());
            assertEquals(2, log.get("events").size());
            assertEquals("restart-1", log.at("/events/1/id").asText());

            HttpResponse<String> retry = service.post("/api/events", event);
            assertEquals(200, retry.statusCode(), "the restarted log still knows the event id");
            // the duplicate answers with where the event already stands, and a read at that position waits for it
            String position = retry.headers().firstValue("Consistency-Position").orElseThrow();
            JsonNode state = JSON.readTree(service.get("/api/topics/restart-talks?minPosition=" + position).body());
            assertEquals("2019-01-14", state.at("/lastMeetingHeld/date").asText());
            assertEquals(2, state.get("version").asInt());
        }
    }
}
