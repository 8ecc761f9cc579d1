package org.negotiationtracker.cli;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.head;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import command against the service, whose HTTP layer here takes bodies of 300 KB at most: the command streams
 * files several times that size (chunked), plain, compressed on the way or already gzipped, and CSV, and its exit
 * status says whether every line went in.
 */
@QuarkusTest
@TestProfile(ImportEventsCommandTest.SmallHttpBodies.class)
class ImportEventsCommandTest {

    public static class SmallHttpBodies implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.limits.max-body-size", "300K");
        }
    }

    @TestHTTPResource("/")
    URL service;

    @TempDir
    Path folder;

    private record Outcome(int status, String out, String err) {
    }

    private Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new ImportEventsCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args, null);
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String meetings(String topic, int count) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append("{\"topicId\":\"").append(topic).append("\",\"type\":\"meeting.held\",\"occurredAt\":\"2020-")
                    .append(String.format("%02d-%02d", 1 + i / 28 % 12, 1 + i % 28)).append("\",\"summary\":\"")
                    .append("x".repeat(200)).append(' ').append(i).append("\"}\n");
        }
        return lines.toString();
    }

    @Test
    void streamsAFileLargerThanTheHttpLimitAndPrintsTheSummary() throws IOException {
        String topic = newTopic("cli-import");
        Path file = folder.resolve("events.ndjson");
        Files.writeString(file, meetings(topic, 3000));
        assertTrue(Files.size(file) > 600_000, "twice the HTTP layer's limit at least");
        long before = head();

        Outcome first = run(file.toString(), service.toString());
        assertEquals(ImportEventsCommand.IMPORTED, first.status(), first.err());
        assertTrue(first.out().startsWith("3000 lines: 3000 events appended, 0 already stored, 0 refused; log position "
                + (before + 3000)), first.out());
        assertTrue(first.err().contains("lines acknowledged"), first.err());

        Outcome again = run(file.toString(), service.toString(), "--gzip");
        assertEquals(ImportEventsCommand.IMPORTED, again.status(), again.err());
        assertTrue(again.out().startsWith("3000 lines: 0 events appended, 3000 already stored"), again.out());
        assertEquals(before + 3000, head());
    }

    @Test
    void sendsAGzippedFileAsItIsAndExitsWithTwoWhenLinesAreRefused() throws IOException {
        String topic = newTopic("cli-import-gz");
        Path file = folder.resolve("events.ndjson.gz");
        try (OutputStream zipped = new GZIPOutputStream(Files.newOutputStream(file))) {
            zipped.write((meetings(topic, 10) + "{\"topicId\":\"" + topic + "\"}\n").getBytes(StandardCharsets.UTF_8));
        }

        Outcome outcome = run(file.toString(), service.toString());

        assertEquals(ImportEventsCommand.LINES_REFUSED, outcome.status(), outcome.err());
        assertTrue(outcome.out().contains("10 events appended") && outcome.out().contains("  line 11, /occurredAt"),
                outcome.out());
    }

    @Test
    void importsACsvFileWithItsMapping() throws IOException {
        String topic = newTopic("cli-import-csv");
        Path file = folder.resolve("meetings.csv");
        Files.writeString(file, "When,Who\n2021-03-01,Envoy A; Envoy B\n2021-03-02,Envoy C\n");

        Outcome outcome = run(file.toString(), service.toString(), "--map",
                "topic=" + topic + "&eventType=meeting.held&date=When&actors=Who");

        assertEquals(ImportEventsCommand.IMPORTED, outcome.status(), outcome.err());
        given().queryParam("topic", topic).queryParam("types", "meeting.held").get("/api/events").then()
                .body("events.size()", is(2));
    }

    @Test
    void failsWithOneWhenTheServiceRefusesTheImport() throws IOException {
        Path file = folder.resolve("meetings.csv");
        Files.writeString(file, "When\n2021-03-01\n");

        Outcome outcome = run(file.toString(), service.toString(), "--map", "date=When");

        assertEquals(ImportEventsCommand.FAILED, outcome.status());
        assertTrue(outcome.err().contains("HTTP 400"), outcome.err());
        assertEquals(ImportEventsCommand.FAILED, run(folder.resolve("missing.ndjson").toString()).status());
    }
}
