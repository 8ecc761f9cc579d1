package org.negotiationtracker.stream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real Server-Sent Events client over HTTP: it parses the wire format (fields, comments, blank-line
 * dispatch) the way a browser's EventSource does, and hands each message to the test.
 */
final class SseClient implements AutoCloseable {

    record Message(String id, String event, String data, String comment, Long retry) {

        long position() {
            return Long.parseLong(id);
        }

        boolean isComment() {
            return comment != null;
        }
    }

    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private final InputStream body;
    private final Thread reader;
    private final int status;
    private final String contentType;

    private SseClient(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse(null);
        this.body = response.body();
        this.reader = new Thread(this::read, "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    static SseClient connect(URI base, String path, String lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/event-stream")
                .timeout(Duration.ofMinutes(5));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        // as a browser's EventSource over plain http does: HTTP/1.1, not an h2c upgrade
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return new SseClient(client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
    }

    int status() {
        return status;
    }

    String contentType() {
        return contentType;
    }

    /** The next message, or null when none came within the timeout. */
    Message next(Duration timeout) throws InterruptedException {
        return messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next non-comment messages until one has {@code position}, failing after the timeout. */
    List<Message> eventsUntil(long position, Duration timeout) throws InterruptedException {
        List<Message> events = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Message message = next(Duration.ofMillis(100));
            if (message == null || message.isComment()) {
                continue;
            }
            events.add(message);
            if (message.id() != null && message.position() >= position && !"state".equals(message.event())) {
                return events;
            }
        }
        throw new AssertionError("position " + position + " did not arrive within " + timeout + "; got "
                + events.stream().map(Message::id).toList());
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String event = null;
            StringBuilder data = null;
            String comment = null;
            Long retry = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data != null || comment != null || retry != null) {
                        messages.add(new Message(id, event, data == null ? null : data.toString(),
                                data == null ? comment : null, retry));
                    }
                    id = null;
                    event = null;
                    data = null;
                    comment = null;
                    retry = null;
                    continue;
                }
                if (line.startsWith(":")) {
                    comment = line.substring(1).strip();
                    continue;
                }
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1).replaceFirst("^ ", "");
                switch (field) {
                    case "id" -> id = value;
                    case "event" -> event = value;
                    case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                    case "retry" -> retry = Long.parseLong(value);
                    default -> { }
                }
            }
        } catch (IOException e) {
            // the test closed the stream
        }
    }

    @Override
    public void close() throws IOException {
        body.close();
        reader.interrupt();
    }
}
