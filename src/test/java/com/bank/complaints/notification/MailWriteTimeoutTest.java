package com.bank.complaints.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.bank.complaints.DeskTest;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Issue 19: the SMTP write time-out of every mail connection runs on one shared timer thread, not on a
 * thread pool started for each connection, and it still ends a send to a server that stops reading.
 */
@DeskTest
class MailWriteTimeoutTest {

    private static final String FROM = "complaints@bank.example";

    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    MailWriteTimeouts writeTimeouts;
    @Autowired
    EmailSender email;
    @Autowired
    GreenMail greenMail;

    @Test
    @DisplayName("sending mails starts no thread of the sender's own per connection (the mail server's one per connection only)")
    void mailsStartNoTimeoutThreadPerConnection() {
        int mails = 20;
        email.send(notice(0), "Warm-up", "text", "<p>html</p>");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = threads.getTotalStartedThreadCount();

        for (int i = 1; i <= mails; i++) {
            email.send(notice(i), "Notice " + i, "text", "<p>html</p>");
        }

        long started = threads.getTotalStartedThreadCount() - before;
        assertThat(mailSender.getJavaMailProperties().get("mail.smtp.executor.writetimeout"))
                .isInstanceOf(ScheduledExecutorService.class);
        // GreenMail serves each connection on a thread of its own; a pool per connection would double that
        assertThat(started).as("threads started while sending %d mails", mails).isLessThan(mails + mails / 2);
        assertThat(greenMail.getReceivedMessages()).hasSizeGreaterThanOrEqualTo(mails + 1);
    }

    @Test
    @Timeout(60)
    @DisplayName("a mail server that stops reading in the middle of a mail: the send fails after the write time-out, and later mails still go out")
    void serverThatStopsReadingFailsTheSend() throws Exception {
        try (StallingServer stalling = new StallingServer()) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(stalling.port());
            sender.getJavaMailProperties().put("mail.smtp.ehlo", "false");
            sender.getJavaMailProperties().put("mail.smtp.timeout", "30000");
            sender.getJavaMailProperties().put("mail.smtp.writetimeout", "500");
            writeTimeouts.share(sender.getJavaMailProperties());
            MimeMessage large = sender.createMimeMessage();
            large.setFrom(FROM);
            large.setRecipients(MimeMessage.RecipientType.TO, "customer@example.com");
            large.setSubject("Larger than the socket buffers");
            // more than the kernel buffers on both ends hold, so the write blocks once the server stops reading
            large.setText("x".repeat(40 * 1024 * 1024));

            assertThatThrownBy(() -> sender.send(large)).isInstanceOf(MailSendException.class);
            assertThat(stalling.stalled.await(0, TimeUnit.SECONDS)).as("the server stopped reading in DATA").isTrue();
        }

        email.send(notice(99), "After the stalled server", "text", "<p>html</p>");
        assertThat(greenMail.getReceivedMessages()).anyMatch(mail -> subject(mail).equals("After the stalled server"));
    }

    private static Notification notice(int i) {
        return new Notification("CMP-WT-" + i, "WRITE_TIMEOUT_TEST:" + i, CustomerMailer.EMAIL, "staff" + i + "@bank.example");
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers SMTP up to DATA's 354, then never reads again. */
    private static final class StallingServer implements AutoCloseable {

        private final ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        private final CountDownLatch stalled = new CountDownLatch(1);
        private final CountDownLatch closing = new CountDownLatch(1);
        private final Thread serving = new Thread(this::serve, "stalling-smtp");

        StallingServer() throws IOException {
            serving.setDaemon(true);
            serving.start();
        }

        int port() {
            return listener.getLocalPort();
        }

        private void serve() {
            try (Socket client = listener.accept()) {
                OutputStream out = client.getOutputStream();
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                answer(out, "220 stalling");
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("DATA")) {
                        answer(out, "354 go on");
                        stalled.countDown();
                        closing.await();
                        return;
                    }
                    answer(out, "250 ok");
                }
            } catch (IOException | InterruptedException e) {
                // the test is over or the client gave up: nothing to serve
            }
        }

        private static void answer(OutputStream out, String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            closing.countDown();
            listener.close();
        }
    }
}
