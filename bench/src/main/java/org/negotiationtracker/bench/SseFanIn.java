package org.negotiationtracker.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Many SSE subscribers read by one thread over non-blocking sockets, the way a load generator would:
 * a thread per subscriber would make the driver, not the service, what a thousand subscribers measure on
 * two cores. For each {@code id:} line it records when it arrived.
 */
final class SseFanIn implements AutoCloseable {

    interface Arrival {
        void at(int subscriber, long position, long nanoTime);
    }

    private static final String OPENED = ":stream";
    private static final String ID_LINE = "\nid:";

    private final Selector selector;
    private final List<SocketChannel> channels = new ArrayList<>();
    private final CountDownLatch opened;
    private final CountDownLatch reachedLast;
    private final long last;
    private final Arrival arrival;
    private final Thread reader;
    private volatile boolean running = true;

    private static final class Line {
        final int subscriber;
        /** The end of the previous read that may begin an {@code id:} line the next read completes. */
        String tail = "";
        boolean opened;
        boolean done;

        Line(int subscriber) {
            this.subscriber = subscriber;
        }
    }

    SseFanIn(int port, String path, int subscribers, long last, Arrival arrival) throws IOException {
        this.selector = Selector.open();
        this.opened = new CountDownLatch(subscribers);
        this.reachedLast = new CountDownLatch(subscribers);
        this.last = last;
        this.arrival = arrival;
        byte[] request = ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        for (int s = 0; s < subscribers; s++) {
            SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
            channel.write(ByteBuffer.wrap(request));
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ, new Line(s));
            channels.add(channel);
        }
        reader = new Thread(this::read, "sse-fan-in");
        reader.setDaemon(true);
        reader.start();
    }

    boolean awaitOpened(long seconds) throws InterruptedException {
        return opened.await(seconds, TimeUnit.SECONDS);
    }

    boolean awaitLast(long seconds) throws InterruptedException {
        return reachedLast.await(seconds, TimeUnit.SECONDS);
    }

    private void read() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
        byte[] bytes = new byte[1 << 20];
        try {
            while (running) {
                selector.select(100);
                for (SelectionKey key : selector.selectedKeys()) {
                    buffer.clear();
                    int read = ((SocketChannel) key.channel()).read(buffer);
                    long now = System.nanoTime();
                    if (read <= 0) {
                        if (read < 0) {
                            key.cancel();
                        }
                        continue;
                    }
                    buffer.flip();
                    buffer.get(bytes, 0, read);
                    Line line = (Line) key.attachment();
                    positions(line, line.tail + new String(bytes, 0, read, StandardCharsets.ISO_8859_1), now);
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            // closed by the benchmark
        }
    }

    /**
     * Finds the {@code id:} lines with {@link String#indexOf}, which the JDK vectorizes: at a thousand
     * subscribers the driver reads hundreds of megabytes a second, and looking at every byte in a Java loop
     * would make it, not the service, what the benchmark measures on two cores.
     */
    private void positions(Line line, String text, long now) {
        if (!line.opened) {
            if (!text.contains(OPENED)) {
                line.tail = text.length() > 64 * 1024 ? "" : text;
                return;
            }
            line.opened = true;
            opened.countDown();
        }
        int from = 0;
        while (true) {
            int at = text.indexOf(ID_LINE, from);
            if (at < 0) {
                break;
            }
            int end = text.indexOf('\n', at + ID_LINE.length());
            if (end < 0) {
                line.tail = text.substring(at);
                return;
            }
            long position = 0;
            for (int i = at + ID_LINE.length(); i < end; i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    position = position * 10 + (c - '0');
                }
            }
            arrival.at(line.subscriber, position, now);
            if (position >= last && !line.done) {
                line.done = true;
                reachedLast.countDown();
            }
            from = end;
        }
        line.tail = text.substring(Math.max(from, text.length() - (ID_LINE.length() - 1)));
    }

    @Override
    public void close() throws IOException {
        running = false;
        for (SocketChannel channel : channels) {
            channel.close();
        }
        selector.close();
    }
}
