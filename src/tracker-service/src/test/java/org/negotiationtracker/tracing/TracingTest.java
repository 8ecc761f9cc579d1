package org.negotiationtracker.tracing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.negotiationtracker.api.TrackerApi.meeting;
import static org.negotiationtracker.api.TrackerApi.newTopic;
import static org.negotiationtracker.tracing.InMemorySpans.await;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.negotiationtracker.articles.InventedArticles;

/** With an exporter endpoint configured, appends, group commits and article triages are spans. */
@QuarkusTest
@TestProfile(TracingProfile.class)
class TracingTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String ARTICLE_TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4737";

    @Inject
    InMemorySpanExporter spans;

    @Test
    void anHttpAppendIsASpanInTheCallersTraceAndItsGroupCommitLinksToIt() throws Exception {
        String topic = newTopic("traced");
        Map<String, Object> first = meeting(topic, "2019-01-14", "Lavrov");
        Map<String, Object> second = meeting(topic, "2019-01-15", "Kono");
        JsonPath answer = given().header("traceparent", traceparent(TRACE_ID)).contentType(ContentType.JSON)
                .body(List.of(first, second)).post("/api/events").then().statusCode(201).extract().jsonPath();
        long lastPosition = answer.getLong("events[1].position");

        SpanData append = single(await(spans, span -> span.getName().equals("append")
                && span.getTraceId().equals(TRACE_ID)));
        assertEquals(2L, append.getAttributes().get(AttributeKey.longKey("tracker.append.events")));
        assertEquals(List.of(topic), append.getAttributes().get(AttributeKey.stringArrayKey("tracker.append.topic_ids")));
        SpanData server = single(await(spans, span -> span.getSpanId().equals(append.getParentSpanId())));
        assertEquals(TRACE_ID, server.getTraceId(), "the append is part of the HTTP request's span");

        SpanData commit = single(await(spans, span -> span.getName().equals("group commit")
                && linkedTo(span, append.getSpanContext())));
        assertTrue(!commit.getTraceId().equals(TRACE_ID), "a commit serves many traces, so it has one of its own");
        assertEquals(lastPosition, commit.getAttributes().get(AttributeKey.longKey("tracker.commit.last_position")));
        assertEquals(lastPosition - 1, commit.getAttributes().get(AttributeKey.longKey("tracker.commit.first_position")));
        assertEquals(2L, commit.getAttributes().get(AttributeKey.longKey("tracker.commit.appended_events")));
    }

    @Test
    void anArticlesTriageIsASpanThatNamesItsTopicAndTheRequestAppendsTheArticleAlone() throws Exception {
        InventedArticles.registerTopic();
        String marker = InventedArticles.marker();
        // waiting for the events keeps the extractor's append out of the other tests' group commits
        given().header("traceparent", traceparent(ARTICLE_TRACE_ID)).contentType(ContentType.JSON)
                .header("Prefer", "wait=" + InventedArticles.WAIT_SECONDS)
                .body(InventedArticles.article(InventedArticles.meetingText(marker), null, "2021-03-05"))
                .post("/api/articles").then().statusCode(201);

        SpanData triage = single(await(spans, span -> span.getName().equals("article triage")
                && span.getTraceId().equals(ARTICLE_TRACE_ID)));
        assertEquals(InventedArticles.TOPIC,
                triage.getAttributes().get(AttributeKey.stringKey("tracker.article.topic_id")));
        SpanData append = single(await(spans, span -> span.getName().equals("append")
                && span.getParentSpanId().equals(triage.getParentSpanId())));
        assertEquals(1L, append.getAttributes().get(AttributeKey.longKey("tracker.append.events")),
                "the request appends the article; the extractor appends its events");
    }

    /** A caller's own trace, as it sends it along (W3C trace context), sampled. */
    static String traceparent(String traceId) {
        return "00-" + traceId + "-00f067aa0ba902b7-01";
    }

    private static boolean linkedTo(SpanData span, SpanContext append) {
        return span.getLinks().stream().map(LinkData::getSpanContext).anyMatch(append::equals);
    }

    private static SpanData single(List<SpanData> spans) {
        assertEquals(1, spans.size(), spans.toString());
        return spans.get(0);
    }
}
