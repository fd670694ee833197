package com.bank.complaints.carddata;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

import com.bank.complaints.system.CardNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Issue 13 point 6 (PCI DSS 3.4): masks the card numbers stored before this version. Our complaint
 * table gets the full number encrypted into card_number_encrypted and masked in the visible column;
 * free texts, the archive's history and installment changes get theirs masked; in Camunda's tables the
 * card-data variables (runtime, history, form fields, values kept as bytes) and the triage decision's
 * inputs. Our notification table keeps no rendered bodies, so it holds nothing to mask.
 *
 * <p>A startup step rather than a Flyway migration: Camunda's tables do not exist yet when Flyway runs
 * on a fresh database, and encrypting needs the key. Plain JDBC and portable SQL (H2, PostgreSQL),
 * page by page. Every change is an update of a row that still holds what was read, so nodes starting
 * together, or a run again after a crash, change nothing twice; an engine transaction that read a
 * variable before it was masked fails on its revision and is retried. The first node to finish writes
 * its row in card_data_masking and later starts skip the scan: this version never stores a card number in clear.
 */
@Component
class StoredCardDataMasking implements ApplicationRunner {

    static final String STEP = "issue-13-mask-stored-card-data";
    private static final Logger LOG = LoggerFactory.getLogger(StoredCardDataMasking.class);
    private static final int PAGE = 500;

    private final JdbcTemplate jdbc;
    private final CardVault cards;

    StoredCardDataMasking(JdbcTemplate jdbc, CardVault cards) {
        this.jdbc = jdbc;
        this.cards = cards;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM card_data_masking WHERE step = ?", Long.class, STEP) > 0) {
            return;
        }
        int changed = maskAll();
        try {
            jdbc.update("INSERT INTO card_data_masking (step, finished_at) VALUES (?, ?)", STEP,
                    OffsetDateTime.now(ZoneOffset.UTC));
        } catch (DuplicateKeyException anotherNodeFinishedFirst) {
            // its row says the same
        }
        LOG.info("Card numbers stored before issue 13 are masked: {} rows changed", changed);
    }

    /** Masks every card number stored in clear; the number of rows changed (0 when nothing is left to mask). */
    int maskAll() {
        return complaints() + archives() + installmentChanges()
                + variables("ACT_RU_VARIABLE", true) + variables("ACT_HI_VARINST", true) + variables("ACT_HI_DETAIL", false)
                + decisionInputs();
    }

    private int complaints() {
        return eachRow("SELECT reference, card_or_contract_number, grievance, expected_outcome FROM complaint "
                + "WHERE reference > ? ORDER BY reference", 4, row -> {
            String number = row.get(1);
            String grievance = row.get(2);
            String expected = row.get(3);
            boolean card = CardNumbers.isCardNumber(number);
            String maskedGrievance = CardNumbers.maskIn(grievance);
            String maskedExpected = CardNumbers.maskIn(expected);
            if (!card && grievance.equals(maskedGrievance) && expected.equals(maskedExpected)) {
                return 0;
            }
            return jdbc.update("UPDATE complaint SET card_or_contract_number = ?, "
                            + "card_number_encrypted = COALESCE(card_number_encrypted, ?), grievance = ?, expected_outcome = ? "
                            + "WHERE reference = ? AND card_or_contract_number = ? AND grievance = ? AND expected_outcome = ?",
                    CardNumbers.visible(number), card ? cards.encrypt(number) : null, maskedGrievance, maskedExpected,
                    row.get(0), number, grievance, expected);
        });
    }

    /** The archive keeps the case's variables as JSON: every card number in it is masked. */
    private int archives() {
        return texts("complaint_archive", "reference", "history", "");
    }

    private int installmentChanges() {
        return eachRow("SELECT reference, contract_number FROM installment_change WHERE reference > ? ORDER BY reference",
                2, row -> !CardNumbers.isCardNumber(row.get(1)) ? 0
                        : jdbc.update("UPDATE installment_change SET contract_number = ? WHERE reference = ? "
                                + "AND contract_number = ?", CardNumbers.visible(row.get(1)), row.get(0), row.get(1)));
    }

    /** The card-data variables in one of Camunda's variable tables, kept as text or as bytes. */
    private int variables(String table, boolean revisioned) {
        String names = String.join(", ", Collections.nCopies(CardVariables.NAMES.size(), "?"));
        return eachRow("SELECT ID_, NAME_, TEXT_, BYTEARRAY_ID_ FROM " + table + " WHERE NAME_ IN (" + names
                + ") AND ID_ > ? ORDER BY ID_", 4, row -> {
            String text = row.get(2);
            String masked = CardVariables.masked(row.get(1), text);
            int changed = Objects.equals(text, masked) ? 0
                    : jdbc.update("UPDATE " + table + " SET TEXT_ = ?" + (revisioned ? ", REV_ = REV_ + 1" : "")
                            + " WHERE ID_ = ? AND TEXT_ = ?", masked, row.get(0), text);
            return row.get(3) == null ? changed : changed + byteArray(row.get(3));
        }, CardVariables.NAMES.toArray());
    }

    /** The triage decision reads the grievance: its inputs are in the decision history too. */
    private int decisionInputs() {
        return texts("ACT_HI_DEC_IN", "ID_", "TEXT_", " AND TEXT_ IS NOT NULL");
    }

    private int byteArray(String id) {
        return jdbc.query("SELECT BYTES_, REV_ FROM ACT_GE_BYTEARRAY WHERE ID_ = ?", rs -> {
            if (!rs.next()) {
                return 0;
            }
            byte[] bytes = rs.getBytes(1);
            byte[] masked = CardVariables.masked(bytes);
            return masked == bytes ? 0 : jdbc.update("UPDATE ACT_GE_BYTEARRAY SET BYTES_ = ?, REV_ = REV_ + 1 "
                    + "WHERE ID_ = ? AND REV_ = ?", masked, id, rs.getInt(2));
        }, id);
    }

    /** Every card number in a text column masked in place. */
    private int texts(String table, String id, String column, String condition) {
        return eachRow("SELECT " + id + ", " + column + " FROM " + table + " WHERE " + id + " > ?" + condition
                + " ORDER BY " + id, 2, row -> {
            String masked = CardNumbers.maskIn(row.get(1));
            return Objects.equals(row.get(1), masked) ? 0 : jdbc.update("UPDATE " + table + " SET " + column
                    + " = ? WHERE " + id + " = ? AND " + column + " = ?", masked, row.get(0), row.get(1));
        });
    }

    /**
     * Runs {@code mask} on every row of the query and adds up what it returns. The rows are read a page
     * at a time, after the last key read (the first column, the query's last parameter), so a table of
     * any size is never held in memory at once.
     */
    private int eachRow(String query, int columns, ToIntFunction<List<String>> mask, Object... parameters) {
        int total = 0;
        String after = "";
        List<List<String>> page;
        do {
            List<Object> arguments = new ArrayList<>(List.of(parameters));
            arguments.add(after);
            page = jdbc.query(query + " FETCH FIRST " + PAGE + " ROWS ONLY", (rs, n) -> {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                return row;
            }, arguments.toArray());
            for (List<String> row : page) {
                total += mask.applyAsInt(row);
                after = row.get(0);
            }
        } while (page.size() == PAGE);
        return total;
    }
}
