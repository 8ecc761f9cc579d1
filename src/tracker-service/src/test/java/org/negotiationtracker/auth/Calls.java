package org.negotiationtracker.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.negotiationtracker.api.TrackerApi;

/** Requests with or without a bearer token, and what a refusal must look like. */
final class Calls {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Calls() {
    }

    static RequestSpecification with(String token) {
        RequestSpecification request = given().contentType(ContentType.JSON);
        return token == null ? request : request.auth().oauth2(token);
    }

    static ValidatableResponse post(String path, Object body, String token) {
        return with(token).body(body).post(path).then();
    }

    static ValidatableResponse get(String path, String token) {
        return with(token).get(path).then();
    }

    /** A topic of its own, registered by a writer. */
    static String newTopic() {
        String id = "auth-" + UUID.randomUUID().toString().substring(0, 8);
        post("/api/topics", topic(id), Tokens.withRoles("writer")).statusCode(201);
        return id;
    }

    static Map<String, Object> topic(String id) {
        return Map.of("id", id, "title", "Talks " + id, "parties", List.of("Russia", "Japan"));
    }

    static Map<String, Object> meeting(String topicId) {
        return TrackerApi.meeting(topicId, "2019-02-16", "Sergey Lavrov", "Taro Kono");
    }

    static void assertUnauthorized(ValidatableResponse response, String path) {
        assertProblem(response.statusCode(401).header("WWW-Authenticate", "Bearer"), 401, path);
    }

    static void assertForbidden(ValidatableResponse response, String path) {
        assertProblem(response.statusCode(403), 403, path);
    }

    private static void assertProblem(ValidatableResponse response, int status, String path) {
        response.contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("instance", equalTo(path))
                .body("detail", not(emptyOrNullString()));
    }

    /** The status and media type a stream answers with; the stream itself is closed at once. */
    static String streamAnswer(URI base, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.substring(1)))
                .header("Accept", "text/event-stream");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("");
    }

    static void assertStreamOpens(URI base, String path, String token) throws IOException, InterruptedException {
        String answer = streamAnswer(base, path, token);
        assertTrue(answer.startsWith("200 text/event-stream"), path + " answered " + answer);
    }
}
