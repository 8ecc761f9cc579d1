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

    private static final byte[] OPENED = ":stream".getBytes(StandardCharsets.US_ASCII);

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
        final byte[] carry = new byte[64 * 1024];
        int carried;
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
                    lines((Line) key.attachment(), bytes, read, now);
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            // closed by the benchmark
        }
    }

    private void lines(Line line, byte[] bytes, int length, long now) {
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            if (line.carried > 0) {
                int part = Math.min(i - start, line.carry.length - line.carried);
                System.arraycopy(bytes, start, line.carry, line.carried, part);
                onLine(line, line.carry, 0, line.carried + part, now);
                line.carried = 0;
            } else {
                onLine(line, bytes, start, i - start, now);
            }
            start = i + 1;
        }
        int rest = Math.min(length - start, line.carry.length - line.carried);
        System.arraycopy(bytes, start, line.carry, line.carried, rest);
        line.carried += rest;
    }

    private void onLine(Line line, byte[] bytes, int from, int length, long now) {
        if (!line.opened && startsWith(bytes, from, length, OPENED)) {
            line.opened = true;
            opened.countDown();
            return;
        }
        if (length > 3 && bytes[from] == 'i' && bytes[from + 1] == 'd' && bytes[from + 2] == ':') {
            long position = 0;
            for (int i = from + 3; i < from + length && bytes[i] >= '0' && bytes[i] <= '9'; i++) {
                position = position * 10 + (bytes[i] - '0');
            }
            arrival.at(line.subscriber, position, now);
            if (position >= last && !line.done) {
                line.done = true;
                reachedLast.countDown();
            }
        }
    }

    private static boolean startsWith(byte[] bytes, int from, int length, byte[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
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
