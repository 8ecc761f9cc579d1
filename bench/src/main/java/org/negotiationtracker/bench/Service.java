package org.negotiationtracker.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The service under test: the PostgreSQL build, started as a child process on a free port. */
final class Service implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("Listening on: http://[^:]+:(\\d+)");
    private static final Pattern HEAP_USED = Pattern.compile(
            "jvm_memory_used_bytes\\{area=\"heap\",id=\"([^\"]+)\"[^}]*} ([0-9.E+]+)");

    final Process process;
    final URI base;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Service(Process process, URI base) {
        this.process = process;
        this.base = base;
    }

    static Service start(String jar, String jdbcUrl, List<String> jvmOptions) throws IOException {
        return start(jar, jdbcUrl, jvmOptions, Map.of());
    }

    /** {@code environment} adds to (or overrides) the service's environment, e.g. to turn Kafka on. */
    static Service start(String jar, String jdbcUrl, List<String> jvmOptions, Map<String, String> environment)
            throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dquarkus.http.port=0", "-Dquarkus.log.level=WARN",
                "-Dquarkus.log.category.\"io.quarkus\".level=INFO", "-jar", jar));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // authentication off: the numbers are the log's, as they were measured before tokens existed
        builder.environment().putAll(Map.of("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl,
                "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "",
                "QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "64", "TRACKER_AUTH_ENABLED", "false"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            seen.append(line).append('\n');
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        output.lines().forEach(System.err::println);
                    } catch (java.io.UncheckedIOException closed) {
                        // the service has exited
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return new Service(process, URI.create("http://127.0.0.1:" + listening.group(1) + "/"));
            }
        }
        throw new IllegalStateException("the service did not start:\n" + seen);
    }

    int port() {
        return base.getPort();
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    void registerTopic(String id) throws IOException, InterruptedException {
        int status = post("api/topics", "{\"id\":\"" + id + "\",\"title\":\"Bench " + id
                + "\",\"parties\":[\"Russia\",\"Japan\"]}").statusCode();
        if (status != 201 && status != 200) {
            throw new IllegalStateException("registering " + id + " answered " + status);
        }
    }

    /** Heap in use after a full GC, in MiB, as the service's own metrics report it. */
    double heapAfterGcMiB() throws IOException, InterruptedException {
        new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), "GC.run").redirectErrorStream(true).start().waitFor(60, TimeUnit.SECONDS);
        Matcher heap = HEAP_USED.matcher(get("q/metrics"));
        double bytes = 0;
        while (heap.find()) {
            bytes += Double.parseDouble(heap.group(2));
        }
        return bytes / (1024 * 1024);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
