package com.bank.complaints.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback TCP proxy in front of the database server, so a test can take the database away from a node
 * ({@link #cut()}: every open connection is dropped and new ones are refused) and give it back
 * ({@link #restore()}), as a network failure or a database fail-over would.
 */
final class TcpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final ExecutorService pumps = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "tcp-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean down;
    private volatile int refused;

    TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        pumps.submit(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Drops every connection through the proxy and refuses new ones until {@link #restore()}. */
    void cut() {
        down = true;
        open.forEach(TcpProxy::closeQuietly);
        open.clear();
    }

    void restore() {
        down = false;
    }

    /** Connections refused while the database was away. */
    int refused() {
        return refused;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (down) {
                    refused++;
                    closeQuietly(client);
                    continue;
                }
                Socket target = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(target);
                pumps.submit(() -> pump(client, target));
                pumps.submit(() -> pump(target, client));
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (SocketException closed) {
            // the other side or cut() closed the connection
        } catch (IOException e) {
            // the same, seen from a stream
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        cut();
        pumps.shutdownNow();
    }
}
