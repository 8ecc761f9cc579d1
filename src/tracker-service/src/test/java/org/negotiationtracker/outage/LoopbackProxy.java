package org.negotiationtracker.outage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay on a loopback port to a database, which a test cuts to make the database unreachable as a crash
 * does (open connections reset, new ones refused) and opens again, on the same port, as the database coming back.
 */
public final class LoopbackProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listening;

    private LoopbackProxy(InetSocketAddress target, int port) {
        this.target = target;
        this.port = port;
    }

    static LoopbackProxy to(String host, int targetPort) throws IOException {
        LoopbackProxy proxy = new LoopbackProxy(new InetSocketAddress(host, targetPort), freeLoopbackPort());
        proxy.open();
        return proxy;
    }

    static int freeLoopbackPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    /** Accepts connections again and relays them: the database is back. */
    public synchronized void open() throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        listening = server;
        daemon("proxy-accept", () -> accept(server));
    }

    /** Resets every relayed connection and refuses new ones: the database is gone. */
    public synchronized void cut() throws IOException {
        listening.close();
        for (Socket socket : open) {
            reset(socket);
        }
        open.clear();
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // cut()
            }
            try {
                Socket upstream = new Socket(target.getAddress(), target.getPort());
                open.add(client);
                open.add(upstream);
                daemon("proxy-up", () -> relay(client, upstream));
                daemon("proxy-down", () -> relay(upstream, client));
            } catch (IOException e) {
                closeQuietly(client); // the database itself refused: so does the relay
            }
        }
    }

    private void relay(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side was reset; the other is closed below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    /** Closes with a reset, as a crashed host's peer sees it; a socket its relay already closed stays closed. */
    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            return;
        }
        closeQuietly(socket);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
