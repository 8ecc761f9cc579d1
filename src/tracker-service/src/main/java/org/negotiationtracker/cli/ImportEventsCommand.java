package org.negotiationtracker.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * {@code ./mvnw -q -pl src/tracker-service -am compile exec:java@import-events -Dexec.args="FILE [URL] [--gzip]
 * [--map QUERY]"}: streams a file of events to {@code POST /api/events/import} of a running service
 * ({@code http://localhost:8080} unless told), with a progress bar of the bytes sent and the lines the service has
 * committed, then prints its report. A {@code .csv} file is sent as CSV with the mapping {@code --map} gives (the
 * query string of docs/import.md: {@code topic=...&date=Date&...}), anything else as NDJSON; a {@code .gz} file is
 * sent as it is with {@code Content-Encoding: gzip}, and {@code --gzip} compresses a plain one on the way. The bearer
 * token comes from {@code TRACKER_TOKEN} (role {@code writer}). Exits 0 when every line is in the log, 2 when lines
 * were refused, 1 when the import failed or stopped (what was committed before stays; send the file again).
 */
public final class ImportEventsCommand {

    static final int IMPORTED = 0;
    static final int FAILED = 1;
    static final int LINES_REFUSED = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String USAGE = "usage: FILE [SERVICE_URL] [--gzip] [--map CSV_MAPPING_QUERY]";

    private final PrintStream out;
    private final PrintStream err;

    ImportEventsCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new ImportEventsCommand(System.out, System.err).run(args, System.getenv("TRACKER_TOKEN")));
    }

    /** @return the exit status */
    int run(String[] args, String token) {
        Path file = null;
        String service = "http://localhost:8080";
        String mapping = null;
        boolean compress = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--gzip" -> compress = true;
                case "--map" -> mapping = i + 1 < args.length ? args[++i] : null;
                default -> {
                    if (file == null) {
                        file = Path.of(args[i]);
                    } else {
                        service = args[i];
                    }
                }
            }
        }
        if (file == null || !Files.isReadable(file)) {
            err.println(file == null ? USAGE : "cannot read " + file);
            return FAILED;
        }
        String name = file.getFileName().toString().toLowerCase();
        boolean gzipped = name.endsWith(".gz");
        boolean csv = name.replaceFirst("\\.gz$", "").endsWith(".csv");
        if (csv && mapping == null) {
            err.println("a CSV file needs --map, e.g. --map 'topic=iran-talks&eventType=meeting.held&date=Date' "
                    + "(docs/import.md)");
            return FAILED;
        }
        try {
            return send(file, URI.create(service).resolve("/api/events/import" + (csv ? "?" + mapping : "")),
                    csv ? "text/csv" : "application/x-ndjson", gzipped, compress && !gzipped, token);
        } catch (IOException e) {
            err.println(System.lineSeparator() + "the import failed: " + e);
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FAILED;
        }
    }

    private int send(Path file, URI target, String type, boolean gzipped, boolean compress, String token)
            throws IOException, InterruptedException {
        long total = Files.size(file);
        AtomicLong sent = new AtomicLong();
        HttpRequest.Builder request = HttpRequest.newBuilder(target).header("Content-Type", type)
                .header("Accept", "application/x-ndjson")
                // no length: the body streams, chunked, and the service takes it past the HTTP layer's body limit
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body(file, sent, compress)));
        if (gzipped || compress) {
            request.header("Content-Encoding", "gzip");
        }
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token.strip());
        }
        HttpResponse<java.util.stream.Stream<String>> answer = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10)).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofLines());
        if (answer.statusCode() != 200) {
            err.println("the import was refused: HTTP " + answer.statusCode());
            answer.body().forEach(err::println);
            return FAILED;
        }
        JsonNode progress = null;
        Iterator<String> lines = answer.body().iterator();
        while (lines.hasNext()) {
            JsonNode line = JSON.readTree(lines.next());
            if (line.has("progress")) {
                progress = line.get("progress");
                err.print("\r" + ImportProgressBar.render(sent.get(), total, progress));
            } else if (line.has("report")) {
                err.println("\r" + ImportProgressBar.render(sent.get(), total, line.get("report")));
                out.print(ImportProgressBar.summary(line.get("report")));
                return line.get("report").path("refused").asLong() > 0 ? LINES_REFUSED : IMPORTED;
            } else if (line.has("problem")) {
                err.println();
                err.println("the import stopped: " + line.get("problem").path("detail").asText());
                return FAILED;
            }
        }
        err.println();
        err.println("the service ended the answer without a report; send the file again (nothing is appended twice)");
        return FAILED;
    }

    /** The file as read, counting the bytes, compressed on the way when asked. */
    private static InputStream body(Path file, AtomicLong sent, boolean compress) {
        try {
            InputStream counted = new FilterInputStream(Files.newInputStream(file)) {
                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int read = super.read(buffer, offset, length);
                    sent.addAndGet(Math.max(0, read));
                    return read;
                }
            };
            return compress ? gzipped(counted) : counted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream gzipped(InputStream plain) throws IOException {
        PipedInputStream compressed = new PipedInputStream(64 * 1024);
        PipedOutputStream into = new PipedOutputStream(compressed);
        Thread compressor = new Thread(() -> {
            try (plain; GZIPOutputStream zipped = new GZIPOutputStream(into, 64 * 1024)) {
                plain.transferTo(zipped);
            } catch (IOException e) {
                // the reader sees the pipe broken and the request fails
            }
        }, "import-gzip");
        compressor.setDaemon(true);
        compressor.start();
        return compressed;
    }
}
