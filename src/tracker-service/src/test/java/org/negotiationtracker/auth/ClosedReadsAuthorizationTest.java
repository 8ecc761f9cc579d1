package org.negotiationtracker.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.negotiationtracker.auth.Calls.assertForbidden;
import static org.negotiationtracker.auth.Calls.assertStreamOpens;
import static org.negotiationtracker.auth.Calls.assertUnauthorized;
import static org.negotiationtracker.auth.Calls.get;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With {@code tracker.auth.reads-require-role}: every read and stream needs a role, {@code reader} at least. */
@QuarkusTest
@TestProfile(AuthProfile.ReadsClosed.class)
class ClosedReadsAuthorizationTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyReadNeedsAReadingRole() throws Exception {
        String topic = Calls.newTopic();
        for (String path : List.of("/api/events", "/api/topics", "/api/topics/" + topic,
                "/api/topics/" + topic + "/timeline", "/api/review?topic=" + topic)) {
            String instance = path.replaceFirst("\\?.*", "");
            assertUnauthorized(get(path, null), instance);
            assertUnauthorized(get(path, Tokens.expired("reader")), instance);
            assertForbidden(get(path, Tokens.withRoles("auditor")), instance);
            for (String role : List.of("reader", "writer", "reviewer", "admin")) {
                get(path, Tokens.withRoles(role)).statusCode(200);
            }
        }
    }

    @Test
    void everyStreamNeedsAReadingRole() throws Exception {
        String topic = Calls.newTopic();
        for (String path : List.of("/api/stream", "/api/topics/" + topic + "/stream")) {
            assertEquals("401 application/problem+json", Calls.streamAnswer(base, path, null), path);
            assertEquals("403 application/problem+json", Calls.streamAnswer(base, path, Tokens.withRoles("auditor")),
                    path);
            assertStreamOpens(base, path, Tokens.withRoles("reader"));
        }
    }

    @Test
    void healthAndMetricsStayOpen() {
        get("/q/health/ready", null).statusCode(200);
        get("/q/metrics", null).statusCode(200);
    }
}
