package com.bank.complaints.notification;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.MailOutage;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Activities;
import com.bank.complaints.system.BusinessTime;
import com.bank.complaints.system.NodeName;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Issue 18.3: the outbox sends each message exactly once although sends are slow, nodes take over
 * expired leases and the mail server is down for a whole retry cycle. Real mail server (GreenMail), real
 * SMTP; a second node is a second outbox worker with another node name on the same table.
 */
@DeskTest
class OutboxLeaseTest {

    private static final Duration LEASE = Duration.ofSeconds(1);
    private static final String FROM = "complaints@bank.example";

    @Autowired
    GreenMail greenMail;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    EmailSender email;
    @Autowired
    DeliveryCheck deliveryCheck;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    BusinessTime time;
    @Autowired
    NodeName nodeName;
    @Autowired
    Desk desk;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;

    @Test
    @DisplayName("issue 18.3 a send slower than its lease: the node taking the expired row over finds it delivered by Message-ID and does not send it again")
    void slowSendOutlivingItsLeaseIsNotSentTwice() throws Exception {
        Notification n = notification("slow");
        NotificationOutbox nodeA = node("node-a");
        NotificationOutbox nodeB = node("node-b");
        AtomicInteger sendsByB = new AtomicInteger();
        try (SlowSmtp slowServer = new SlowSmtp(greenMail.getSmtp().getPort(), LEASE.multipliedBy(5))) {
            EmailSender throughSlowServer = new EmailSender(sender(slowServer.port()), FROM, deliveryCheck);
            CompletableFuture<Void> sendByA = CompletableFuture.runAsync(() -> nodeA.sendOnce(n,
                    () -> throughSlowServer.delivery(n), () -> throughSlowServer.send(n, "Slow", "text", "<p>html</p>")));

            await().atMost(Duration.ofSeconds(5)).until(() -> copies(n) == 1);
            Map<String, Object> leased = row(n);
            assertThat(leased).containsEntry("status", NotificationOutbox.SENDING).containsEntry("lease_owner", "node-a");
            OffsetDateTime expiry = leaseExpiry(n);
            assertThat(expiry).isAfter(time.now().atOffset(expiry.getOffset()));
            await().atMost(Duration.ofSeconds(5)).until(() -> time.now().isAfter(expiry.toInstant()));
            assertThat(sendByA).as("node A still waits for the server's answer").isNotDone();

            nodeB.sendOnce(n, () -> email.delivery(n), () -> {
                sendsByB.incrementAndGet();
                email.send(n, "Slow", "text", "<p>html</p>");
            });
            sendByA.get(10, TimeUnit.SECONDS);
        }

        assertThat(sendsByB).hasValue(0);
        assertThat(copies(n)).isEqualTo(1);
        assertThat(row(n)).containsEntry("status", NotificationOutbox.SENT).containsEntry("lease_owner", "node-b");
        System.out.printf("issue 18.3 slow SMTP: messages 1, lease expiries forced 1, resends avoided by Message-ID 1, "
                + "copies received %d, duplicates %d%n", copies(n), copies(n) - 1);
    }

    @Test
    @DisplayName("issue 18.3 the server's answer times out after it had the mail: the retry finds it delivered by Message-ID and does not send it again")
    void answerTimedOutAfterDeliveryIsNotSentAgain() throws Exception {
        Notification n = notification("timed-out");
        NotificationOutbox node = node("node-a");
        try (SlowSmtp slowServer = new SlowSmtp(greenMail.getSmtp().getPort(), Duration.ofSeconds(3))) {
            JavaMailSenderImpl impatient = sender(slowServer.port());
            impatient.getJavaMailProperties().put("mail.smtp.timeout", "500");
            EmailSender throughSlowServer = new EmailSender(impatient, FROM, deliveryCheck);
            Runnable send = () -> throughSlowServer.send(n, "Timed out", "text", "<p>html</p>");

            assertThatThrownBy(() -> node.sendOnce(n, () -> throughSlowServer.delivery(n), send))
                    .hasMessageContaining("it may have reached the server");
            assertThat(row(n)).containsEntry("status", NotificationOutbox.UNSURE);
            node.sendOnce(n, () -> throughSlowServer.delivery(n), send);
        }

        assertThat(copies(n)).isEqualTo(1);
        assertThat(row(n)).containsEntry("status", NotificationOutbox.SENT);
    }

    @Test
    @DisplayName("issue 18.3 a row left in SENDING by a node that died before the server had it: another node takes it over after the lease and sends it once")
    void expiredLeaseOfADeadNodeIsSentOnce() {
        Notification n = notification("dead-node");
        NotificationOutbox nodeA = node("node-a");
        assertThatThrownBy(() -> nodeA.sendOnce(n, () -> email.delivery(n), () -> {
            throw new Error("node A dies during the SMTP call");
        })).isInstanceOf(Error.class);
        assertThat(row(n)).containsEntry("status", NotificationOutbox.SENDING).containsEntry("lease_owner", "node-a");
        OffsetDateTime expiry = leaseExpiry(n);
        await().atMost(Duration.ofSeconds(5)).until(() -> time.now().isAfter(expiry.toInstant()));

        node("node-b").sendOnce(n, () -> email.delivery(n), () -> email.send(n, "Dead node", "text", "<p>html</p>"));
        node("node-c").sendOnce(n, () -> email.delivery(n), () -> email.send(n, "Dead node", "text", "<p>html</p>"));

        assertThat(copies(n)).isEqualTo(1);
        assertThat(row(n)).containsEntry("status", NotificationOutbox.SENT).containsEntry("lease_owner", "node-b");
    }

    @Test
    @DisplayName("issue 18.3 while one node holds a live lease another node does not send: its attempt fails with a message naming the holder")
    void liveLeaseIsLeftToItsHolder() throws Exception {
        Notification n = notification("live-lease");
        NotificationOutbox nodeA = node("node-a");
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> sendByA = CompletableFuture.runAsync(() -> nodeA.sendOnce(n, () -> email.delivery(n), () -> {
            claimed.countDown();
            waitFor(release);
            email.send(n, "Live lease", "text", "<p>html</p>");
        }));
        assertThat(claimed.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> node("node-b").sendOnce(n, () -> email.delivery(n),
                () -> email.send(n, "Live lease", "text", "<p>html</p>")))
                .hasMessageContaining("is being sent by node-a");
        release.countDown();
        sendByA.get(5, TimeUnit.SECONDS);

        assertThat(copies(n)).isEqualTo(1);
    }

    @Test
    @DisplayName("issue 18.3 without a delivery check an unfinished attempt is never sent again on a guess: the row waits for a person, who confirms, and then it goes out once")
    void withoutADeliveryCheckAPersonDecides() {
        Notification n = notification("no-check");
        EmailSender unchecked = new EmailSender(mailSender, FROM, DeliveryCheck.NONE);
        assertThatThrownBy(() -> node("node-a").sendOnce(n, () -> unchecked.delivery(n), () -> {
            throw new Error("node A dies during the SMTP call");
        })).isInstanceOf(Error.class);
        OffsetDateTime expiry = leaseExpiry(n);
        await().atMost(Duration.ofSeconds(5)).until(() -> time.now().isAfter(expiry.toInstant()));
        NotificationOutbox nodeB = node("node-b");
        Runnable send = () -> unchecked.send(n, "No check", "text", "<p>html</p>");

        assertThatThrownBy(() -> nodeB.sendOnce(n, () -> unchecked.delivery(n), send))
                .hasMessageContaining("may already have been delivered").hasMessageContaining("no delivery check is configured");
        assertThatThrownBy(() -> nodeB.sendOnce(n, () -> unchecked.delivery(n), send))
                .hasMessageContaining("waits for a person");
        assertThat(row(n)).containsEntry("status", NotificationOutbox.REVIEW);
        assertThat(copies(n)).isZero();

        // the person found no such mail at the relay
        jdbc.update("UPDATE notification SET status = ? WHERE notification_key = ?", NotificationOutbox.FAILED, n.key());
        nodeB.sendOnce(n, () -> unchecked.delivery(n), send);

        assertThat(copies(n)).isEqualTo(1);
    }

    @Test
    @DisplayName("issue 18.3 SMTP down for the whole retry cycle: each receipt job ends in an incident saying which message was not sent and why; after Retry each goes out exactly once")
    void smtpDownThroughTheRetryCycleThenEachMessageOnce() {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            references.add(desk.accepted(with(feeComplaint(), "customerEmail", "outage-" + i + "@example.com")));
        }
        List<Job> jobs = references.stream().map(reference -> managementService.createJobQuery()
                .processInstanceId(desk.process(reference).getId()).activityId(Activities.SEND_RECEIPT).singleResult())
                .toList();
        int failedAttempts = 0;
        try (MailOutage outage = MailOutage.of(mailSender)) {
            for (Job job : jobs) {
                for (int attempt = 1; attempt <= 3; attempt++) {
                    assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();
                    failedAttempts++;
                }
            }
        }
        for (int i = 0; i < references.size(); i++) {
            Incident incident = runtimeService.createIncidentQuery().processInstanceId(jobs.get(i).getProcessInstanceId())
                    .singleResult();
            Notification receipt = receipt(references.get(i), i);
            assertThat(incident.getIncidentType()).isEqualTo("failedJob");
            assertThat(incident.getIncidentMessage()).startsWith("Notification " + receipt.key() + " not sent (attempt 3 by "
                    + nodeName.name() + "): Mail server connection failed");
            assertThat(row(receipt)).containsEntry("status", NotificationOutbox.FAILED)
                    .containsEntry("lease_owner", nodeName.name());
            assertThat(copies(receipt)).isZero();
        }

        for (Job job : jobs) {
            managementService.setJobRetries(job.getId(), 1);
            managementService.executeJob(job.getId());
        }

        long duplicates = 0;
        for (int i = 0; i < references.size(); i++) {
            Notification receipt = receipt(references.get(i), i);
            assertThat(copies(receipt)).isEqualTo(1);
            duplicates += copies(receipt) - 1;
            assertThat(row(receipt)).containsEntry("status", NotificationOutbox.SENT);
        }
        assertThat(jobs).allSatisfy(job -> assertThat(runtimeService.createIncidentQuery()
                .processInstanceId(job.getProcessInstanceId()).count()).isZero());
        System.out.printf("issue 18.3 SMTP down: messages %d, failed attempts %d, incidents %d, after Retry sent %d, "
                + "duplicates %d%n", references.size(), failedAttempts, references.size(), references.size(), duplicates);
    }

    private NotificationOutbox node(String name) {
        return new NotificationOutbox(jdbc, transactions, time, () -> name, LEASE);
    }

    private static Notification notification(String name) {
        return new Notification("LEASE-" + name + "-" + System.nanoTime(), "RECEIPT", CustomerMailer.EMAIL,
                name + "@example.com");
    }

    private static Notification receipt(String reference, int i) {
        return new Notification(reference, ReceiptService.KIND, CustomerMailer.EMAIL, "outage-" + i + "@example.com");
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return sender;
    }

    /** The mails the server received with this notification's Message-ID. */
    private long copies(Notification n) {
        String id = email.messageId(n);
        return Arrays.stream(greenMail.getReceivedMessages()).filter(mail -> id.equals(messageId(mail))).count();
    }

    private Map<String, Object> row(Notification n) {
        return jdbc.queryForMap("SELECT status, lease_owner, attempts FROM notification WHERE notification_key = ?", n.key());
    }

    private OffsetDateTime leaseExpiry(Notification n) {
        return jdbc.queryForObject("SELECT lease_expires_at FROM notification WHERE notification_key = ?",
                (rs, i) -> rs.getObject(1, OffsetDateTime.class), n.key());
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
