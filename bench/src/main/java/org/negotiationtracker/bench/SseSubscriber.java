package org.negotiationtracker.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.function.LongConsumer;

/** A subscriber on a plain socket: sends the GET, then reports each {@code id:} line it reads. */
final class SseSubscriber implements AutoCloseable {

    private final Socket socket;
    private final BufferedReader lines;

    private SseSubscriber(Socket socket) throws IOException {
        this.socket = socket;
        this.lines = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8),
                64 * 1024);
    }

    static SseSubscriber open(int port, String path) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return new SseSubscriber(socket);
    }

    /** Blocks until the stream's opening comment arrived: the subscription is in place. */
    void awaitOpened() throws IOException {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith(":stream")) {
                return;
            }
        }
        throw new IOException("stream closed before it opened");
    }

    /** Reads on a thread of its own, reporting positions, until {@code last} arrived or the socket closes. */
    Thread follow(long last, LongConsumer onPosition, CountDownLatch reachedLast) {
        Thread reader = new Thread(() -> {
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("id:")) {
                        long position = Long.parseLong(line.substring(3).strip());
                        onPosition.accept(position);
                        if (position >= last) {
                            reachedLast.countDown();
                            return;
                        }
                    }
                }
            } catch (IOException e) {
                // closed by the benchmark
            }
        });
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
