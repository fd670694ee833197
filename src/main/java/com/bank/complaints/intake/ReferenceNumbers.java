package com.bank.complaints.intake;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out references like CC-20261123-000042. The counter lives in the shared database, so nodes
 * that share it never hand out the same number; each number is taken in its own short transaction
 * so intake does not hold the counter row while the process starts (a rolled-back intake leaves a gap).
 */
@Component
class ReferenceNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final int ATTEMPTS = 5;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;

    ReferenceNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String next(LocalDate day) {
        for (int attempt = 1; ; attempt++) {
            try {
                Integer value = newTransaction.execute(status -> increment(day));
                return "CC-%s-%06d".formatted(DAY.format(day), value);
            } catch (DataIntegrityViolationException firstOfTheDayRace) {
                // another node created today's counter row at the same moment: its row is there now
                if (attempt == ATTEMPTS) {
                    throw firstOfTheDayRace;
                }
            }
        }
    }

    private Integer increment(LocalDate day) {
        Date sqlDay = Date.valueOf(day);
        if (jdbc.update("UPDATE reference_counter SET last_value = last_value + 1 WHERE counter_day = ?", sqlDay) == 0) {
            jdbc.update("INSERT INTO reference_counter (counter_day, last_value) VALUES (?, 1)", sqlDay);
            return 1;
        }
        return jdbc.queryForObject("SELECT last_value FROM reference_counter WHERE counter_day = ?", Integer.class, sqlDay);
    }
}
