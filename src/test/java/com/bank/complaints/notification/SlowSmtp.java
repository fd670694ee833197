package com.bank.complaints.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A slow mail server: a proxy in front of a real one that passes everything on at once but holds the
 * server's answer to the end of a message's DATA for {@code delay}. The server has the mail (it is
 * delivered) while the sender still waits to hear so, as behind a relay that scans mail before it answers.
 */
final class SlowSmtp implements AutoCloseable {

    private static final String END_OF_DATA = "\r\n.\r\n";

    private final ServerSocket listener;
    private final int serverPort;
    private final Duration delay;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    SlowSmtp(int serverPort, Duration delay) {
        this.serverPort = serverPort;
        this.delay = delay;
        try {
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.submit(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                AtomicBoolean dataEnded = new AtomicBoolean();
                threads.submit(() -> pass(client, server, dataEnded, true));
                threads.submit(() -> pass(server, client, dataEnded, false));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Copies one direction; the client's end of DATA makes the server's next answer wait. */
    private void pass(Socket from, Socket to, AtomicBoolean dataEnded, boolean fromClient) {
        byte[] buffer = new byte[8192];
        String tail = "";
        try (from; to) {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int read; (read = in.read(buffer)) > 0; ) {
                if (fromClient) {
                    tail = tail + new String(buffer, 0, read, StandardCharsets.ISO_8859_1);
                    tail = tail.substring(Math.max(0, tail.length() - END_OF_DATA.length()));
                    if (tail.equals(END_OF_DATA)) {
                        dataEnded.set(true);
                    }
                } else if (dataEnded.getAndSet(false)) {
                    Thread.sleep(delay.toMillis());
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // either side closed: the connection is over
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }
}
