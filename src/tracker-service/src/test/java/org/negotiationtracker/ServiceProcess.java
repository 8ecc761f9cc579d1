package org.negotiationtracker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged service started as a child process on a free port, the way an operator runs it, with authentication
 * off unless the environment given turns it on. What it logs once started goes to this process's standard error,
 * so a failure shows the service's side too. The integration tests and the benchmark driver (bench/) both start it
 * so.
 */
public record ServiceProcess(Process process, URI base) implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public static ServiceProcess start(String jar, Map<String, String> environment) throws IOException {
        return start(jar, List.of(), environment);
    }

    /**
     * {@code jvmOptions} go before {@code -jar} (a heap cap, a profiler); {@code environment} adds to, or overrides,
     * the service's.
     */
    public static ServiceProcess start(String jar, List<String> jvmOptions, Map<String, String> environment)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dquarkus.http.port=0", "-jar", jar));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // these tests and the benchmark are about the log and its replicas, not about who may write
        // (AuthorizationTest)
        builder.environment().put("TRACKER_AUTH_ENABLED", "false");
        // nor about how well articles are read: the rules alone load in a second, the trained models in a minute
        // (tracker-core and tracker-evaluation test those)
        builder.environment().put("TRACKER_EXTRACTOR_MODELS", "rules-only");
        builder.environment().putAll(environment);
        Process process = builder.start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            seen.append(line).append('\n');
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                Thread drain = new Thread(() -> forward(output));
                drain.setDaemon(true);
                drain.start();
                return new ServiceProcess(process, URI.create("http://127.0.0.1:" + listening.group(1) + "/"));
            }
        }
        throw new IllegalStateException("the service did not start:\n" + seen);
    }

    private static void forward(BufferedReader output) {
        try {
            output.lines().forEach(System.err::println);
        } catch (UncheckedIOException closed) {
            // the service has exited
        }
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return post(path, json, Map.of());
    }

    /** A POST with more headers (a Prefer, say). */
    public HttpResponse<String> post(String path, String json, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
