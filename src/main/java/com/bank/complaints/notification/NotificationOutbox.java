package com.bank.complaints.notification;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.bank.complaints.system.BusinessTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One row per notification key. Each state change commits on its own, whatever happens to the job's
 * transaction afterwards, so a retried job sees that a message already went out and does not send it again.
 */
@Repository
class NotificationOutbox {

    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    static final String SKIPPED = "SKIPPED";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final BusinessTime time;

    NotificationOutbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, BusinessTime time) {
        this.jdbc = jdbc;
        this.time = time;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Sends a notification at most once: claims it, runs {@code send}, and records the outcome. A
     * failure is recorded and rethrown, so the job retries and the next attempt may claim it again.
     */
    void sendOnce(Notification n, Runnable send) {
        if (!claim(n)) {
            return;
        }
        try {
            send.run();
        } catch (RuntimeException e) {
            markFailed(n, e);
            throw e;
        }
        markSent(n);
    }

    /**
     * Takes the right to send: true when the message has not gone out yet (first attempt or a retry
     * after a failure), false when it was sent or deliberately skipped before.
     */
    private boolean claim(Notification n) {
        return Boolean.TRUE.equals(ownTransaction.execute(tx -> {
            List<String> status = jdbc.queryForList(
                    "SELECT status FROM notification WHERE notification_key = ? FOR UPDATE", String.class, n.key());
            if (status.isEmpty()) {
                insert(n, SENDING, null);
                return true;
            }
            if (SENT.equals(status.get(0)) || SKIPPED.equals(status.get(0))) {
                return false;
            }
            jdbc.update("UPDATE notification SET status = ?, attempts = attempts + 1, updated_at = ? WHERE notification_key = ?",
                    SENDING, now(), n.key());
            return true;
        }));
    }

    private void markSent(Notification n) {
        setStatus(n, SENT, null);
    }

    private void markFailed(Notification n, Exception error) {
        String message = String.valueOf(error.getMessage());
        setStatus(n, FAILED, message.length() > 1000 ? message.substring(0, 1000) : message);
    }

    /** Records that a notification will not be sent, and why (e.g. no address on file). */
    void markSkipped(Notification n, String reason) {
        ownTransaction.executeWithoutResult(tx -> {
            if (jdbc.update("UPDATE notification SET status = ?, last_error = ?, updated_at = ? WHERE notification_key = ?",
                    SKIPPED, reason, now(), n.key()) == 0) {
                insert(n, SKIPPED, reason);
            }
        });
    }

    String status(String key) {
        return jdbc.queryForList("SELECT status FROM notification WHERE notification_key = ?", String.class, key)
                .stream().findFirst().orElse(null);
    }

    private void setStatus(Notification n, String status, String error) {
        ownTransaction.executeWithoutResult(tx -> jdbc.update(
                "UPDATE notification SET status = ?, last_error = ?, updated_at = ? WHERE notification_key = ?",
                status, error, now(), n.key()));
    }

    private void insert(Notification n, String status, String error) {
        OffsetDateTime now = now();
        jdbc.update("INSERT INTO notification (notification_key, reference, kind, medium, recipient, status, attempts, "
                + "last_error, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
                n.key(), n.reference(), n.kind(), n.medium(), n.recipient(), status, error, now, now);
    }

    private OffsetDateTime now() {
        return time.now().atOffset(ZoneOffset.UTC);
    }
}
