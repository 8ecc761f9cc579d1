package org.negotiationtracker.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negotiationtracker.ServiceProcess;

/**
 * The packaged service with authentication on and no key configured, as `java -jar` runs it: it makes a key pair in
 * its data folder, hands out a token that may write, and keeps the pair across a restart.
 */
class DevelopmentKeysIT {

    private static final String JAR = System.getProperty("tracker.app.jar", "target/quarkus-app/quarkus-run.jar");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dataDir;

    @Test
    void theTokenOfTheDevelopmentKeyPairMayWriteAcrossRestarts() throws Exception {
        Map<String, String> environment = Map.of("TRACKER_DATA_DIR", dataDir.toString(),
                "TRACKER_AUTH_ENABLED", "true");
        Path keys = dataDir.resolve("development-keys");
        String firstToken;
        try (ServiceProcess service = ServiceProcess.start(JAR, environment)) {
            firstToken = Files.readString(keys.resolve("token"));
            assertEquals(401, registerTopic(service, "development-keys-1", null).statusCode());
            assertEquals(201, registerTopic(service, "development-keys-1", firstToken).statusCode());
        }
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(keys.resolve("private-key.pem"))));

        try (ServiceProcess service = ServiceProcess.start(JAR, environment)) {
            assertEquals(201, registerTopic(service, "development-keys-2", firstToken).statusCode(),
                    "a token of the first start still verifies: the key pair was kept");
            HttpResponse<String> admin = HTTP.send(HttpRequest.newBuilder(service.uri("/api/admin/projections/rebuild"))
                    .header("Authorization", "Bearer " + Files.readString(keys.resolve("token")))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, admin.statusCode(), admin.body());
            assertTrue(Files.readString(keys.resolve("public-key.pem")).startsWith("-----BEGIN PUBLIC KEY-----"));
        }
    }

    private static HttpResponse<String> registerTopic(ServiceProcess service, String id, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri("/api/topics"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"id\": \"" + id + "\", \"title\": \"Keys\", \"parties\": [\"Russia\", \"Japan\"]}"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
