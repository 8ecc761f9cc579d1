package org.negotiationtracker.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.StringJoiner;

/**
 * Topics to append to, and event bodies of a realistic size (a report with actors, a summary and a source), ~600
 * bytes of JSON. Like a real negotiation, a topic's reports name a small cast (the foreign minister and one of 40
 * delegates) and spread over ten years of days, so most stay separate timeline entries and the few that
 * share a day and an actor are corroborated, as reports of one real-world event would be.
 */
final class Events {

    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final int DAYS = 3650;
    private static final int DELEGATES = 40;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Events() {
    }

    /** Registers the topic at {@code base}: the service, or the bare server the streams are compared with. */
    static void registerTopic(URI base, String id) throws IOException, InterruptedException {
        int status = HTTP.send(HttpRequest.newBuilder(base.resolve("api/topics"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"id\":\""
                        + id + "\",\"title\":\"Bench " + id + "\",\"parties\":[\"Russia\",\"Japan\"]}")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 201 && status != 200) {
            throw new IllegalStateException("registering " + id + " answered " + status);
        }
    }

    static String event(String topicId, String id) {
        int variant = Math.floorMod(id.hashCode(), Integer.MAX_VALUE);
        return "{\"id\":\"" + id + "\",\"topicId\":\"" + topicId + "\",\"type\":\"statement.issued\","
                + "\"occurredAt\":\"" + FIRST_DAY.plusDays(variant % DAYS)
                + "\",\"actors\":[{\"name\":\"Sergey Lavrov\",\"country\":\"Russia\","
                + "\"role\":\"Foreign Minister\"},{\"name\":\"Delegate " + variant % DELEGATES + "\",\"country\":\"Japan\","
                + "\"role\":\"Deputy Minister\"}],\"location\":\"Moscow\",\"summary\":\"The ministers discussed the next round of the "
                + "peace-treaty talks and the joint economic activity on the islands; no date was fixed.\","
                + "\"subject\":\"peace treaty\",\"source\":{\"publisher\":\"Bench Wire\",\"url\":"
                + "\"https://bench.example/articles/" + id + "\",\"publishedAt\":\"2019-01-16\"},"
                + "\"metadata\":{\"correlationId\":\"" + id + "\"}}";
    }

    static String batch(String topicId, String idPrefix, int size) {
        StringJoiner array = new StringJoiner(",", "[", "]");
        for (int i = 0; i < size; i++) {
            array.add(event(topicId, idPrefix + "-" + i));
        }
        return array.toString();
    }
}
