package com.bank.complaints.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.List;

import com.bank.complaints.system.BusinessTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The default ledger adapter: postings in our own table. The primary key is the idempotency key,
 * so a second posting of the same key can never be stored, even from two nodes at once.
 */
@Component
class DatabaseLedger implements CardAccountLedger {

    private final JdbcTemplate jdbc;
    private final BusinessTime time;
    private final TransactionTemplate ownTransaction;

    DatabaseLedger(JdbcTemplate jdbc, BusinessTime time, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.time = time;
        // a posting stands on its own, like a call to the real card system would, whatever happens to the job afterwards
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Posting post(String idempotencyKey, String reference, String account, PostingType type, BigDecimal amount,
            String description) {
        BigDecimal cny = amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
        if (cny == null || cny.signum() <= 0) {
            throw new IllegalArgumentException("A " + type + " posting needs a positive amount in fen, got " + amount);
        }
        try {
            ownTransaction.executeWithoutResult(tx -> jdbc.update(
                    "INSERT INTO ledger_posting (idempotency_key, reference, account, posting_type, amount, currency, "
                            + "description, posted_at) VALUES (?, ?, ?, ?, ?, 'CNY', ?, ?)",
                    idempotencyKey, reference, account, type.name(), cny, description,
                    time.now().atOffset(ZoneOffset.UTC)));
            return new Posting(idempotencyKey, account, type, cny, true);
        } catch (DuplicateKeyException alreadyPosted) {
            return existing(idempotencyKey);
        }
    }

    @Override
    public List<Booked> postings(String reference) {
        return jdbc.query("SELECT idempotency_key, posting_type, amount, currency, posted_at FROM ledger_posting "
                + "WHERE reference = ? ORDER BY posted_at, idempotency_key",
                (rs, row) -> new Booked(rs.getString("idempotency_key"), PostingType.valueOf(rs.getString("posting_type")),
                        rs.getBigDecimal("amount"), rs.getString("currency"),
                        rs.getObject("posted_at", java.time.OffsetDateTime.class).toInstant(), "POSTED"), reference);
    }

    private Posting existing(String idempotencyKey) {
        List<Posting> postings = jdbc.query(
                "SELECT account, posting_type, amount FROM ledger_posting WHERE idempotency_key = ?",
                (rs, row) -> new Posting(idempotencyKey, rs.getString("account"),
                        PostingType.valueOf(rs.getString("posting_type")), rs.getBigDecimal("amount"), false),
                idempotencyKey);
        return postings.get(0);
    }
}
