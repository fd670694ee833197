package com.bank.complaints.execution;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
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
 * Our record of what the bank confirmed (table bank_instruction): per idempotency key the operation,
 * the amount and the bank's id (posting id, plan confirmation, card measure id). The bank's books are
 * the bank's; this is what staff read beside the decisions.
 */
@Component
class BankInstructions {

    private final JdbcTemplate jdbc;
    private final BusinessTime time;
    private final TransactionTemplate ownTransaction;

    BankInstructions(JdbcTemplate jdbc, BusinessTime time, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.time = time;
        // kept like the bank's booking, whatever happens to the job afterwards; a retry finds it
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records the bank's confirmation of a key once; the same key again (a retry, a replay) changes nothing. */
    void confirmed(String reference, String idempotencyKey, String operation, BigDecimal amount, String bankId, String detail) {
        if (find(idempotencyKey) != null) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(tx -> jdbc.update("INSERT INTO bank_instruction (idempotency_key, reference, "
                    + "operation, amount, currency, bank_id, detail, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    idempotencyKey, reference, operation, amount, amount == null ? null : "CNY", bankId, detail,
                    time.now().atOffset(ZoneOffset.UTC)));
        } catch (DuplicateKeyException recordedMeanwhile) {
            // a concurrent retry recorded the same confirmation
        }
    }

    /** The confirmation recorded under the key, or null. */
    Instruction find(String idempotencyKey) {
        return jdbc.query(SELECT + "WHERE idempotency_key = ?", this::row, idempotencyKey).stream().findFirst().orElse(null);
    }

    /** Every confirmation of the complaint, oldest first. */
    List<Instruction> of(String reference) {
        return jdbc.query(SELECT + "WHERE reference = ? ORDER BY confirmed_at, idempotency_key", this::row, reference);
    }

    private static final String SELECT = "SELECT idempotency_key, operation, amount, currency, bank_id, detail, confirmed_at "
            + "FROM bank_instruction ";

    private Instruction row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Instruction(rs.getString("idempotency_key"), rs.getString("operation"), rs.getBigDecimal("amount"),
                rs.getString("currency"), rs.getString("bank_id"), rs.getString("detail"),
                rs.getObject("confirmed_at", OffsetDateTime.class).toInstant());
    }

    /** One instruction the bank confirmed. */
    record Instruction(String idempotencyKey, String operation, BigDecimal amount, String currency, String bankId,
            String detail, Instant confirmedAt) {

        boolean isPosting() {
            return amount != null;
        }
    }
}
