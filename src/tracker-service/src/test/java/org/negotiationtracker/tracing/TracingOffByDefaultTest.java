package org.negotiationtracker.tracing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Without an exporter endpoint the SDK is off: nothing is exported, and no trace context is passed on. */
@QuarkusTest
class TracingOffByDefaultTest {

    @Inject
    InMemorySpanExporter spans;

    @Inject
    Tracing tracing;

    @ConfigProperty(name = TracingSwitch.SDK_DISABLED)
    boolean sdkDisabled;

    @Test
    void theSdkIsOffAndAnAppendMakesNoSpan() {
        assertEquals(true, sdkDisabled);
        String topic = newTopic("untraced");
        given().header("traceparent", TracingTest.traceparent("4bf92f3577b34da6a3ce929d0e0e4738"))
                .contentType(ContentType.JSON).body(meeting(topic, "2019-01-14", "Lavrov"))
                .post("/api/events").then().statusCode(201);

        assertEquals(List.of(), spans.getFinishedSpanItems());
        Span probe = tracing.tracer().spanBuilder("probe").startSpan();
        try (Scope ignored = probe.makeCurrent()) {
            assertFalse(probe.isRecording());
            assertEquals(Map.of(), tracing.currentContext(), "no trace context is stored with events or sent to Kafka");
        } finally {
            probe.end();
        }
    }
}
