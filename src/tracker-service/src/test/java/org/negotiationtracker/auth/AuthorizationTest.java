package org.negotiationtracker.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.negotiationtracker.auth.Calls.assertForbidden;
import static org.negotiationtracker.auth.Calls.assertStreamOpens;
import static org.negotiationtracker.auth.Calls.assertUnauthorized;
import static org.negotiationtracker.auth.Calls.get;
import static org.negotiationtracker.auth.Calls.post;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.negotiationtracker.api.TrackerApi;
import org.negotiationtracker.articles.InventedArticles;

/**
 * With authentication on: writes need {@code writer}, review decisions {@code reviewer}, the admin endpoints
 * {@code admin}, reads stay open.
 */
@QuarkusTest
@TestProfile(AuthProfile.class)
class AuthorizationTest {

    @TestHTTPResource("/")
    URI base;

    record Write(String path, Supplier<Object> body) {

        @Override
        public String toString() {
            return "POST " + path;
        }
    }

    static Stream<Write> writes() {
        return Stream.of(
                new Write("/api/topics", () -> Calls.topic("auth-" + InventedArticles.marker())),
                new Write("/api/events", () -> Calls.meeting(Calls.newTopic())),
                new Write("/api/articles", () -> InventedArticles.article(
                        InventedArticles.meetingText(InventedArticles.marker()), null, "2019-03-06")));
    }

    @ParameterizedTest
    @MethodSource("writes")
    void aWriteWithoutATokenIsRefusedAndAppendsNothing(Write write) {
        Object body = write.body().get();
        long head = TrackerApi.head();
        assertUnauthorized(post(write.path(), body, null), write.path());
        assertEquals(head, TrackerApi.head());
    }

    @ParameterizedTest
    @MethodSource("writes")
    void aWriteWithARefusedTokenIs401(Write write) {
        Object body = write.body().get();
        for (String token : List.of("not-a-jwt", Tokens.expired("writer"), Tokens.signedWithAnotherKey("writer"),
                Tokens.fromAnotherIssuer("writer"))) {
            assertUnauthorized(post(write.path(), body, token), write.path());
        }
    }

    @ParameterizedTest
    @MethodSource("writes")
    void aWriteNeedsTheWriterRole(Write write) {
        Object body = write.body().get();
        assertForbidden(post(write.path(), body, Tokens.withRoles("reader")), write.path());
        assertForbidden(post(write.path(), body, Tokens.withRoles("admin")), write.path());
        // an article waits for its events: the extractor's append must not land in another test's head count
        Calls.with(Tokens.withRoles("writer")).header("Prefer", "wait=" + InventedArticles.WAIT_SECONDS).body(body)
                .post(write.path()).then().statusCode(oneOf(200, 201));
    }

    @Test
    void anImportNeedsTheWriterRole() {
        String path = "/api/events/import";
        byte[] line = ("{\"topicId\":\"" + Calls.newTopic() + "\",\"type\":\"meeting.held\",\"occurredAt\":\"2019-02-16\"}\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long head = TrackerApi.head();
        assertUnauthorized(given().contentType("application/x-ndjson").body(line).post(path).then(), path);
        assertUnauthorized(given().contentType("application/x-ndjson").auth().oauth2(Tokens.expired("writer"))
                .body(line).post(path).then(), path);
        assertForbidden(given().contentType("application/x-ndjson").auth().oauth2(Tokens.withRoles("reader"))
                .body(line).post(path).then(), path);
        assertEquals(head, TrackerApi.head());
        given().contentType("application/x-ndjson").auth().oauth2(Tokens.withRoles("writer")).body(line).post(path)
                .then().statusCode(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/admin/projections/rebuild", "/api/admin/articles/reextract"})
    void adminEndpointsNeedTheAdminRole(String path) {
        assertUnauthorized(post(path, "", null), path);
        assertUnauthorized(post(path, "", Tokens.expired("admin")), path);
        assertForbidden(post(path, "", Tokens.withRoles("writer", "reader")), path);
        post(path, "", Tokens.withRoles("admin")).statusCode(200);
    }

    @Test
    void aReviewDecisionNeedsTheReviewerRoleAndNamesTheReviewer() {
        String topic = Calls.newTopic();
        String eventId = post("/api/events", Calls.meeting(topic), Tokens.withRoles("writer")).statusCode(201)
                .extract().jsonPath().getString("events[0].id");
        String path = "/api/review/" + eventId;
        java.util.Map<String, String> confirm = java.util.Map.of("decision", "confirm");

        assertUnauthorized(post(path, confirm, null), path);
        assertUnauthorized(post(path, confirm, Tokens.fromAnotherIssuer("reviewer")), path);
        assertForbidden(post(path, confirm, Tokens.withRoles("writer", "reader")), path);
        assertForbidden(post(path, confirm, Tokens.withRoles("admin")), path);
        post(path, confirm, Tokens.withRoles("reviewer")).statusCode(201)
                .body("decision.decidedBy", org.hamcrest.Matchers.equalTo("alice"));
        get("/api/review?topic=" + topic, null).statusCode(200);
    }

    @Test
    void readsAndStreamsAreOpenEvenToATokenThatWouldBeRefused() throws Exception {
        String topic = Calls.newTopic();
        post("/api/events", Calls.meeting(topic), Tokens.withRoles("writer")).statusCode(201);
        for (String token : new String[] {null, Tokens.expired("reader")}) {
            for (String path : List.of("/api/events", "/api/topics", "/api/topics/" + topic,
                    "/api/topics/" + topic + "/timeline")) {
                get(path, token).statusCode(200);
            }
            assertStreamOpens(base, "/api/stream", token);
            assertStreamOpens(base, "/api/topics/" + topic + "/stream", token);
        }
    }
}
