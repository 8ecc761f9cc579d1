package org.negotiationtracker.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code ./mvnw -q -pl src/tracker-service -am compile exec:java@reextract-articles [-Dexec.args=URL]}: asks a running
 * service ({@code http://localhost:8080} unless told) to run extraction again over its stored articles, and prints
 * its report. The work is the service's, where the extractor, the log and the read models are; this only
 * starts it, with the bearer token in {@code TRACKER_TOKEN} when authentication is on (the role {@code admin}).
 * Exits with 1 when the service refuses or fails, printing its problem.
 */
public final class ReextractArticlesCommand {

    private ReextractArticlesCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        String service = args.length > 0 ? args[0] : "http://localhost:8080";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service).resolve("/api/admin/articles/reextract"))
                .POST(HttpRequest.BodyPublishers.noBody());
        String token = System.getenv("TRACKER_TOKEN");
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token.strip());
        }
        HttpResponse<String> answer;
        try {
            answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            System.err.println("cannot reach the service at " + service + ": " + e);
            System.exit(1);
            return;
        }
        System.out.println(answer.body());
        if (answer.statusCode() != 200) {
            System.err.println("re-extraction refused or failed: HTTP " + answer.statusCode());
            System.exit(1);
        }
    }
}
