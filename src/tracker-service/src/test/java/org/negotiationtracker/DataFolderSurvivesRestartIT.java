package org.negotiationtracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service started the way the README says, {@code java -jar} with a data folder and nothing else
 * configured, keeps what it made there across a restart: its log in the embedded database file, and the development
 * key pair it made because authentication is on and no key was given, so a token of the first start still writes.
 * One test, since each start of the jar takes seconds.
 */
class DataFolderSurvivesRestartIT {

    private static final String JAR = System.getProperty("tracker.app.jar", "target/quarkus-app/quarkus-run.jar");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENT = """
            {"id": "restart-1", "topicId": "restart-talks", "type": "meeting.held", "occurredAt": "2019-01-14",
             "actors": [{"name": "Sergey Lavrov", "country": "Russia"}]}""";

    @TempDir
    Path dataDir;

    @Test
    void theLogAndTheDevelopmentKeyPairSurviveARestart() throws Exception {
        Map<String, String> environment = Map.of("TRACKER_DATA_DIR", dataDir.toString(),
                "TRACKER_AUTH_ENABLED", "true");
        Path keys = dataDir.resolve("development-keys");
        String firstToken;
        try (ServiceProcess service = ServiceProcess.start(JAR, environment)) {
            firstToken = Files.readString(keys.resolve("token"));
            assertEquals(401, registerTopic(service, null).statusCode());
            assertEquals(201, registerTopic(service, firstToken).statusCode());
            assertEquals(201, post(service, "/api/events", EVENT, firstToken).statusCode());
        }
        assertTrue(Files.list(dataDir).anyMatch(file -> file.getFileName().toString().endsWith(".mv.db")),
                "the embedded database is a file in TRACKER_DATA_DIR");
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(keys.resolve("private-key.pem"))));

        try (ServiceProcess service = ServiceProcess.start(JAR, environment)) {
            JsonNode log = JSON.readTree(service.get("/api/events?topic=restart-talks").body());
            assertEquals(2, log.get("events").size());
            assertEquals("restart-1", log.at("/events/1/id").asText());

            HttpResponse<String> retry = post(service, "/api/events", EVENT, firstToken);
            assertEquals(200, retry.statusCode(), "a token of the first start still verifies, and the restarted "
                    + "log still knows the event id: " + retry.body());
            // the duplicate answers with where the event already stands, and a read at that position waits for it
            String position = retry.headers().firstValue("Consistency-Position").orElseThrow();
            JsonNode state = JSON.readTree(service.get("/api/topics/restart-talks?minPosition=" + position).body());
            assertEquals("2019-01-14", state.at("/lastMeetingHeld/date").asText());
            assertEquals(2, state.get("version").asInt());

            HttpResponse<String> admin = post(service, "/api/admin/projections/rebuild", "",
                    Files.readString(keys.resolve("token")));
            assertEquals(200, admin.statusCode(), admin.body());
            assertTrue(Files.readString(keys.resolve("public-key.pem")).startsWith("-----BEGIN PUBLIC KEY-----"));
        }
    }

    private static HttpResponse<String> registerTopic(ServiceProcess service, String token) throws Exception {
        return post(service, "/api/topics",
                "{\"id\": \"restart-talks\", \"title\": \"Restart\", \"parties\": [\"Russia\", \"Japan\"]}", token);
    }

    private static HttpResponse<String> post(ServiceProcess service, String path, String json, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
