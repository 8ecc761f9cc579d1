package org.negotiationtracker.eventlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged service, started the way the README says, keeps its log in the embedded file across restarts. */
class EmbeddedLogSurvivesRestartIT {

    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void eventsAndStateSurviveARestart() throws Exception {
        String event = """
                {"id": "restart-1", "topicId": "restart-talks", "type": "meeting.held", "occurredAt": "2019-01-14",
                 "actors": [{"name": "Sergey Lavrov", "country": "Russia"}]}""";
        try (RunningService service = RunningService.start(dataDir)) {
            assertEquals(201, post(service, "/api/topics",
                    "{\"id\": \"restart-talks\", \"title\": \"Restart\", \"parties\": [\"Russia\", \"Japan\"]}").statusCode());
            assertEquals(201, post(service, "/api/events", event).statusCode());
        }
        assertTrue(Files.list(dataDir).anyMatch(file -> file.getFileName().toString().endsWith(".mv.db")),
                "the embedded database is a file in TRACKER_DATA_DIR");

        try (RunningService service = RunningService.start(dataDir)) {
            JsonNode log = JSON.readTree(get(service, "/api/events?topic=restart-talks").body());
            assertEquals(2, log.get("events").size());
            assertEquals("restart-1", log.at("/events/1/id").asText());

            HttpResponse<String> retry = post(service, "/api/events", event);
            assertEquals(200, retry.statusCode(), "the restarted log still knows the event id");
            JsonNode state = JSON.readTree(get(service, "/api/topics/restart-talks").body());
            assertEquals("2019-01-14", state.at("/lastMeetingHeld/date").asText());
            assertEquals(2, state.get("version").asInt());
        }
    }

    private HttpResponse<String> post(RunningService service, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(service.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(RunningService service, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(service.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private record RunningService(Process process, int port) implements AutoCloseable {

        static RunningService start(Path dataDir) throws IOException {
            String jar = System.getProperty("tracker.app.jar", "target/quarkus-app/quarkus-run.jar");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Dquarkus.http.port=0", "-jar", jar).redirectErrorStream(true);
            builder.environment().put("TRACKER_DATA_DIR", dataDir.toString());
            Process process = builder.start();
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                seen.append(line).append('\n');
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }));
                    drain.setDaemon(true);
                    drain.start();
                    return new RunningService(process, Integer.parseInt(listening.group(1)));
                }
            }
            throw new IllegalStateException("the service did not start:\n" + seen);
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
