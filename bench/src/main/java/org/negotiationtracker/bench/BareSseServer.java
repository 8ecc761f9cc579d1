package org.negotiationtracker.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What the live streams are measured against: a plain Vert.x HTTP server on one event loop, with no log, no
 * database and no framework, that answers an append at once and then writes the same SSE frames the service
 * would ({@code id:}, {@code event:}, {@code data:} with the event and its position, version and time) to every
 * open {@code /api/stream}. The same driver appends to it and reads it the same way, so what the service adds
 * to append-to-delivery latency shows as the ratio of the two, on this machine as loaded at the time.
 */
final class BareSseServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Vertx vertx = Vertx.vertx();
    private final Set<HttpServerResponse> subscribers = new LinkedHashSet<>();
    private final Map<String, Long> topicVersions = new HashMap<>();
    private final HttpServer server;
    private long head;

    private BareSseServer() throws Exception {
        // created outside a verticle, the server and all its connections share one event loop: no locking
        server = vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    static BareSseServer start() throws Exception {
        return new BareSseServer();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.actualPort() + "/");
    }

    private void handle(HttpServerRequest request) {
        switch (request.path()) {
            case "/api/stream" -> subscribe(request.response());
            case "/api/events" -> request.body().onSuccess(body -> append(request.response(), body));
            case "/api/topics" -> request.body().onSuccess(ignored -> request.response().setStatusCode(201).end("{}"));
            case "/q/health/ready" -> request.response().end("{\"status\":\"UP\",\"checks\":[{\"data\":{\"head\":"
                    + head + "}}]}");
            default -> request.response().setStatusCode(404).end();
        }
    }

    private void subscribe(HttpServerResponse response) {
        response.setChunked(true).putHeader("Content-Type", "text/event-stream")
                .write(":stream of the log after position " + head + "\nretry:3000\n\n");
        subscribers.add(response);
        response.closeHandler(closed -> subscribers.remove(response));
    }

    private void append(HttpServerResponse response, Buffer body) {
        List<JsonNode> events = new ArrayList<>();
        try {
            JsonNode json = JSON.readTree(body.getBytes());
            if (json.isArray()) {
                json.forEach(events::add);
            } else {
                events.add(json);
            }
        } catch (java.io.IOException e) {
            response.setStatusCode(400).end();
            return;
        }
        StringBuilder answer = new StringBuilder("{\"appended\":" + events.size() + ",\"duplicates\":0,\"events\":[");
        StringBuilder frames = new StringBuilder();
        String recordedAt = Instant.now().toString();
        for (JsonNode event : events) {
            long position = ++head;
            long version = topicVersions.merge(event.path("topicId").asText(), 1L, Long::sum);
            String json = event.toString();
            answer.append(position == head - events.size() + 1 ? "" : ",").append("{\"position\":").append(position)
                    .append(",\"topicVersion\":").append(version).append('}');
            frames.append("id:").append(position).append("\nevent:").append(event.path("type").asText())
                    .append("\ndata:{\"position\":").append(position).append(",\"topicVersion\":").append(version)
                    .append(",\"recordedAt\":\"").append(recordedAt).append("\",").append(json, 1, json.length())
                    .append("\n\n");
        }
        response.setStatusCode(201).putHeader("Content-Type", "application/json").end(answer.append("]}").toString());
        Buffer chunk = Buffer.buffer(frames.toString());
        for (HttpServerResponse subscriber : subscribers) {
            subscriber.write(chunk);
        }
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
