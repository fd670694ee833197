package com.bank.complaints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The mail server is unreachable until closed: the app's mail sender points at a port nobody listens on. */
public final class MailOutage implements AutoCloseable {

    private final JavaMailSenderImpl mailSender;
    private final int workingPort;

    private MailOutage(JavaMailSenderImpl mailSender) {
        this.mailSender = mailSender;
        this.workingPort = mailSender.getPort();
        mailSender.setPort(closedPort());
    }

    public static MailOutage of(JavaMailSenderImpl mailSender) {
        return new MailOutage(mailSender);
    }

    @Override
    public void close() {
        mailSender.setPort(workingPort);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
