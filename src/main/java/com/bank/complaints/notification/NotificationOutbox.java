package com.bank.complaints.notification;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;

import com.bank.complaints.notification.DeliveryCheck.Delivery;
import com.bank.complaints.system.BusinessTime;
import com.bank.complaints.system.NodeName;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One row per notification key. Each state change commits on its own, whatever happens to the job's
 * transaction afterwards, so a retried job sees that a message already went out and does not send it again.
 * A row being sent carries a lease (this node's name and an expiry): only its holder sends, and after it
 * expires another node may take the row over, but an attempt that did not finish (lease expired, or the
 * server stopped answering once it had the message) is checked with the receiving side before anything
 * is sent again. Keep the lease longer than the SMTP client's time-outs.
 */
@Repository
class NotificationOutbox {

    private static final Logger log = LoggerFactory.getLogger(NotificationOutbox.class);

    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    /** The last attempt certainly did not deliver (no connection, or the server refused the message). */
    static final String FAILED = "FAILED";
    /** The last attempt broke off after the message was handed over: it may have been delivered. */
    static final String UNSURE = "UNSURE";
    /** It may have been delivered and nothing can tell: a person sets SENT or FAILED (README, "Reliability"). */
    static final String REVIEW = "REVIEW";
    static final String SKIPPED = "SKIPPED";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final BusinessTime time;
    private final Supplier<String> owner;
    private final Duration lease;

    @Autowired
    NotificationOutbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, BusinessTime time,
            NodeName node, @Value("${complaints.notification.lease}") Duration lease) {
        this(jdbc, transactionManager, time, node::name, lease);
    }

    /** An outbox worker of the node {@code owner} (tests make a second node's this way). */
    NotificationOutbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, BusinessTime time,
            Supplier<String> owner, Duration lease) {
        this.jdbc = jdbc;
        this.time = time;
        this.owner = owner;
        this.lease = lease;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Sends a notification exactly once: takes its lease, asks {@code delivery} first when an earlier
     * attempt did not finish, runs {@code send}, and records the outcome. A failure is recorded and thrown
     * with a message for the job's incident, so the job retries and the next attempt may claim it again.
     */
    void sendOnce(Notification n, Supplier<Delivery> delivery, Runnable send) {
        Claim claim = claim(n);
        if (claim == null) {
            return;
        }
        if (claim.unfinishedBefore()) {
            Delivery before = delivery.get();
            if (before == Delivery.DELIVERED) {
                finish(n, claim, SENT, "an unfinished attempt had delivered it (found by its Message-ID)");
                return;
            }
            if (before == Delivery.UNKNOWN) {
                String message = "Notification " + n.key() + " may already have been delivered (an attempt did not "
                        + "finish) and no delivery check is configured: look for the mail with X-Notification-Key "
                        + n.key() + ", set the notification row's status to SENT if it arrived or FAILED if not, "
                        + "then retry";
                finish(n, claim, REVIEW, message);
                throw new NotificationNotSent(message, null);
            }
        }
        try {
            send.run();
        } catch (RuntimeException e) {
            boolean unsure = !certainlyNotDelivered(e);
            String message = "Notification " + n.key() + " not sent (attempt " + claim.attempt() + " by " + claim.owner()
                    + "): " + e.getMessage() + (unsure ? "; it may have reached the server, so it is checked there "
                    + "before it is sent again" : "; the job retries it, and its incident's Retry once the server is back");
            finish(n, claim, unsure ? UNSURE : FAILED, message);
            throw new NotificationNotSent(message, e);
        }
        finish(n, claim, SENT, null);
    }

    /**
     * Takes the lease when the message has not gone out yet (first attempt, a retry after a failure, or a
     * lease that expired); null when it was sent or deliberately skipped before. A live lease of another
     * attempt is left alone: this attempt fails, and its job tries again later.
     */
    private Claim claim(Notification n) {
        return ownTransaction.execute(tx -> {
            List<Row> rows = jdbc.query("SELECT status, attempts, lease_owner, lease_expires_at FROM notification "
                    + "WHERE notification_key = ? FOR UPDATE", (rs, i) -> new Row(rs.getString("status"),
                    rs.getInt("attempts"), rs.getString("lease_owner"),
                    rs.getObject("lease_expires_at", OffsetDateTime.class)), n.key());
            OffsetDateTime now = now();
            Claim claim = new Claim(owner.get(), rows.isEmpty() ? 1 : rows.get(0).attempts() + 1, false);
            if (rows.isEmpty()) {
                insert(n, SENDING, null, claim.owner(), now.plus(lease));
                return claim;
            }
            Row row = rows.get(0);
            switch (row.status()) {
                case SENT, SKIPPED:
                    return null;
                case REVIEW:
                    throw new NotificationNotSent("Notification " + n.key() + " waits for a person to confirm whether "
                            + "it was delivered: set its row's status to SENT or FAILED, then retry", null);
                case SENDING:
                    if (row.leaseExpiresAt() != null && row.leaseExpiresAt().isAfter(now)) {
                        throw new NotificationNotSent("Notification " + n.key() + " is being sent by "
                                + row.leaseOwner() + " (lease until " + row.leaseExpiresAt() + "); tried again later", null);
                    }
                    log.warn("The lease of {} held by {} expired at {}: {} takes it over", n.key(), row.leaseOwner(),
                            row.leaseExpiresAt(), claim.owner());
                    claim = new Claim(claim.owner(), claim.attempt(), true);
                    break;
                case UNSURE:
                    claim = new Claim(claim.owner(), claim.attempt(), true);
                    break;
                default:
                    break;
            }
            jdbc.update("UPDATE notification SET status = ?, attempts = ?, lease_owner = ?, lease_expires_at = ?, "
                    + "updated_at = ? WHERE notification_key = ?",
                    SENDING, claim.attempt(), claim.owner(), now.plus(lease), now, n.key());
            return claim;
        });
    }

    /** Records the outcome of this attempt, unless the row was taken over by another since. */
    private void finish(Notification n, Claim claim, String status, String error) {
        String lastError = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
        Integer updated = ownTransaction.execute(tx -> jdbc.update("UPDATE notification SET status = ?, "
                + "last_error = ?, updated_at = ? WHERE notification_key = ? AND attempts = ? AND lease_owner = ?",
                status, lastError, now(), n.key(), claim.attempt(), claim.owner()));
        if (updated == null || updated == 0) {
            log.warn("{} finished attempt {} of {} as {} after another took it over", claim.owner(), claim.attempt(),
                    n.key(), status);
        }
    }

    /** Records that a notification will not be sent, and why (e.g. no address on file). */
    void markSkipped(Notification n, String reason) {
        ownTransaction.executeWithoutResult(tx -> {
            if (jdbc.update("UPDATE notification SET status = ?, last_error = ?, updated_at = ? WHERE notification_key = ?",
                    SKIPPED, reason, now(), n.key()) == 0) {
                insert(n, SKIPPED, reason, null, null);
            }
        });
    }

    String status(String key) {
        return jdbc.queryForList("SELECT status FROM notification WHERE notification_key = ?", String.class, key)
                .stream().findFirst().orElse(null);
    }

    private void insert(Notification n, String status, String error, String leaseOwner, OffsetDateTime leaseExpiresAt) {
        OffsetDateTime now = now();
        jdbc.update("INSERT INTO notification (notification_key, reference, kind, medium, recipient, status, attempts, "
                + "last_error, created_at, updated_at, lease_owner, lease_expires_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)",
                n.key(), n.reference(), n.kind(), n.medium(), n.recipient(), status, error, now, now, leaseOwner,
                leaseExpiresAt);
    }

    private OffsetDateTime now() {
        return time.now().atOffset(ZoneOffset.UTC);
    }

    /**
     * True when the receiving side cannot have the message: no connection, the server refused it, or it
     * could not even be built. Anything else (a time-out waiting for the server's answer) may have delivered.
     */
    static boolean certainlyNotDelivered(Throwable failure) {
        Deque<Throwable> causes = new ArrayDeque<>(List.of(failure));
        while (!causes.isEmpty()) {
            Throwable cause = causes.pop();
            if (cause instanceof ConnectException || cause instanceof UnknownHostException
                    || cause instanceof SendFailedException || cause instanceof AuthenticationFailedException
                    || cause instanceof MailPreparationException) {
                return true;
            }
            if (cause instanceof MailSendException send) {
                causes.addAll(send.getFailedMessages().values());
            }
            if (cause.getCause() != null && cause.getCause() != cause) {
                causes.push(cause.getCause());
            }
        }
        return false;
    }

    private record Row(String status, int attempts, String leaseOwner, OffsetDateTime leaseExpiresAt) {
    }

    private record Claim(String owner, int attempt, boolean unfinishedBefore) {
    }

    /** A notification that did not go out this time; its message is what Cockpit shows on the job's incident. */
    static final class NotificationNotSent extends RuntimeException {

        NotificationNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
