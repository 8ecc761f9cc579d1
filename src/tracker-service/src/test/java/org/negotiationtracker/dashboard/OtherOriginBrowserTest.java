package org.negotiationtracker.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.negotiationtracker.api.TrackerApi.append;
import static org.negotiationtracker.api.TrackerApi.registerTopic;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A dashboard served from another origin (a newsroom's page, a monitoring board) reads the topics and follows the
 * stream once {@code quarkus.http.cors.origins} (QUARKUS_HTTP_CORS_ORIGINS) lists its origin, and is refused when it
 * does not: two pages on ports of their own, in a real headless Chromium.
 */
@QuarkusTest
@TestProfile(OtherOriginBrowserTest.AllowedOrigin.class)
class OtherOriginBrowserTest {

    /**
     * The port of the origin the service allows; the refused page is served from another. Kept in a system property:
     * the profile is read in Quarkus's class loader and the test runs in another, each with its own static fields.
     */
    private static final int ALLOWED_PORT = Integer.parseInt(System.getProperties().computeIfAbsent(
            "tracker.test.allowed-origin-port", key -> Integer.toString(freePort())).toString());

    public static class AllowedOrigin implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", "http://localhost:" + ALLOWED_PORT);
        }
    }

    private static HeadlessChromium chromium;
    private static ChromeDriver browser;
    private static HttpServer allowedOrigin;
    private static HttpServer otherOrigin;

    @TestHTTPResource("/")
    URL service;

    @BeforeAll
    static void start() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        allowedOrigin = pageServer(ALLOWED_PORT);
        otherOrigin = pageServer(freePort());
    }

    @AfterAll
    static void stop() throws IOException {
        for (HttpServer server : new HttpServer[] {allowedOrigin, otherOrigin}) {
            if (server != null) {
                server.stop(0);
            }
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    /**
     * A page of another origin that reads {@code /api/topics} with a bearer header (a preflighted request) and
     * opens an EventSource on {@code /api/stream}, writing what each did into the page.
     */
    private static HttpServer pageServer(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
        server.createContext("/", exchange -> {
            String service = exchange.getRequestURI().getQuery().replaceFirst("^service=", "");
            byte[] page = ("<!doctype html><html><body><p id='topics'>pending</p><p id='stream'>pending</p><script>"
                    + "fetch('" + service + "api/topics', {headers: {'Authorization': 'Bearer not-checked-on-reads'}})"
                    + ".then(r => r.json()).then(topics => document.getElementById('topics').textContent ="
                    + " 'read ' + topics.map(t => t.id).join(','))"
                    + ".catch(e => document.getElementById('topics').textContent = 'refused');"
                    + "const events = new EventSource('" + service + "api/stream');"
                    + "events.addEventListener('meeting.held', m => document.getElementById('stream').textContent ="
                    + " 'followed ' + JSON.parse(m.data).topicId);"
                    + "events.onerror = () => { if (document.getElementById('stream').textContent === 'pending') {"
                    + " document.getElementById('stream').textContent = 'refused'; events.close(); } };"
                    + "</script></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(page);
            }
        });
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String open(HttpServer origin) {
        browser.get("http://localhost:" + origin.getAddress().getPort() + "/?service=" + service);
        return "http://localhost:" + origin.getAddress().getPort();
    }

    private static String waitForOutcome(String id) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(view -> {
            String text = view.findElement(By.id(id)).getText();
            return text.equals("pending") ? null : text;
        });
    }

    private static String topic() {
        String id = "cors-" + UUID.randomUUID().toString().substring(0, 8);
        registerTopic(Map.of("id", id, "title", "Talks " + id, "parties", List.of("Russia", "Japan")))
                .statusCode(201);
        return id;
    }

    @Test
    void anAllowedOriginReadsTheTopicsAndFollowsTheStream() {
        String topic = topic();
        open(allowedOrigin);

        String topics = waitForOutcome("topics");
        assertEquals(true, topics.startsWith("read ") && topics.contains(topic), topics);
        append(Map.of("topicId", topic, "type", "meeting.held", "occurredAt", "2019-01-14",
                "actors", List.of(Map.of("name", "Sergey Lavrov")))).statusCode(201);
        assertEquals("followed " + topic, new WebDriverWait(browser, Duration.ofSeconds(20)).until(view -> {
            String text = view.findElement(By.id("stream")).getText();
            return text.equals("followed " + topic) ? text : null;
        }));
    }

    @Test
    void anotherOriginIsRefused() {
        open(otherOrigin);

        assertEquals("refused", waitForOutcome("topics"));
        assertEquals("refused", waitForOutcome("stream"));
    }
}
