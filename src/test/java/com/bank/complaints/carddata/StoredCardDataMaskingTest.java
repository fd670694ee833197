package com.bank.complaints.carddata;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.DeskTest;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 point 6, PCI DSS 3.4: what older versions stored in clear is masked by the startup step,
 * in Camunda's tables and in ours, and running it again changes nothing. The old data is made the
 * way the old code made it: the complaint's variables set in clear by runtimeService.setVariable (the
 * expected outcome as a JSON object, kept as bytes), our rows written in clear; its history is put
 * back in clear by SQL, since this version's engine masks history before it writes it.
 */
@DeskTest
class StoredCardDataMaskingTest {

    private static final String DIGITS = "6222021234567894";
    private static final String CARD_IN_TEXT = "6222 0212 3456 7894";
    private static final String SHOWN = "622202******7894";
    private static final String GRIEVANCE = "The installment fee on card " + CARD_IN_TEXT + " was charged twice.";
    private static final String EXPECTED = "Refund the fee to card " + DIGITS + ".";

    @Autowired
    CaseDriver cases;
    @Autowired
    StoredCardDataMasking masking;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    CardVault vault;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @DisplayName("Issue 13 point 6: the running process's variables, set in clear by the old code, are masked")
    void runtimeVariablesAreMasked() {
        String processId = processLeftInClear(complaintLeftInClear());

        masking.maskAll();

        assertThat(runtimeService.getVariables(processId, List.of(Variables.CARD_OR_CONTRACT_NUMBER, Variables.GRIEVANCE,
                Variables.EXPECTED_OUTCOME))).containsEntry(Variables.CARD_OR_CONTRACT_NUMBER, SHOWN)
                .containsEntry(Variables.GRIEVANCE, GRIEVANCE.replace(CARD_IN_TEXT, "6222 02** **** 7894"))
                .containsEntry(Variables.EXPECTED_OUTCOME, EXPECTED.replace(DIGITS, SHOWN));
    }

    @Test
    @DisplayName("PCI DSS 3.4: the history the old code left in clear (variable instances, details, bytes, decision inputs) is masked")
    void historyIsMasked() {
        String processId = processLeftInClear(complaintLeftInClear());

        masking.maskAll();

        assertThat(historyValues(processId)).contains(SHOWN).noneMatch(StoredCardDataMaskingTest::holdsTheFullNumber);
        assertThat(decisionInputs(processId)).noneMatch(StoredCardDataMaskingTest::holdsTheFullNumber);
    }

    @Test
    @DisplayName("Issue 13 point 6: our complaint row gets the full number encrypted and shows it masked, in the field and the free texts")
    void complaintRowIsEncryptedAndMasked() {
        String reference = complaintLeftInClear();

        masking.maskAll();

        Map<String, Object> row = jdbc.queryForMap("SELECT card_or_contract_number, card_number_encrypted, grievance, "
                + "expected_outcome FROM complaint WHERE reference = ?", reference);
        assertThat(row).containsEntry("CARD_OR_CONTRACT_NUMBER", SHOWN)
                .containsEntry("GRIEVANCE", GRIEVANCE.replace(CARD_IN_TEXT, "6222 02** **** 7894"))
                .containsEntry("EXPECTED_OUTCOME", EXPECTED.replace(DIGITS, SHOWN));
        assertThat(vault.decrypt((String) row.get("CARD_NUMBER_ENCRYPTED"))).isEqualTo(DIGITS);
    }

    @Test
    @DisplayName("Issue 13 point 6: our archive and installment changes are masked")
    void archiveAndInstallmentChangeAreMasked() {
        String reference = "CDM-" + System.nanoTime();
        jdbc.update("INSERT INTO complaint_archive (reference, archived_at, escalated, history) VALUES (?, ?, FALSE, ?)",
                reference, OffsetDateTime.of(2019, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC),
                "{\"variables\":{\"cardOrContractNumber\":\"" + DIGITS + "\",\"grievance\":\"" + GRIEVANCE + "\"}}");
        jdbc.update("INSERT INTO installment_change (reference, contract_number, details) VALUES (?, ?, 'fewer periods')",
                reference, DIGITS);

        masking.maskAll();

        assertThat(jdbc.queryForObject("SELECT history FROM complaint_archive WHERE reference = ?", String.class, reference))
                .contains(SHOWN, "6222 02** **** 7894").doesNotContain(DIGITS, CARD_IN_TEXT);
        assertThat(jdbc.queryForObject("SELECT contract_number FROM installment_change WHERE reference = ?", String.class,
                reference)).isEqualTo(SHOWN);
    }

    @Test
    @DisplayName("Issue 13 point 6: running the masking again changes nothing")
    void runningAgainChangesNothing() {
        String processId = processLeftInClear(complaintLeftInClear());
        masking.maskAll();
        List<String> history = historyValues(processId);
        Map<String, Object> runtime = runtimeService.getVariables(processId);
        List<Map<String, Object>> complaints = jdbc.queryForList("SELECT * FROM complaint ORDER BY reference");

        assertThat(masking.maskAll()).isZero();

        assertThat(historyValues(processId)).isEqualTo(history);
        assertThat(runtimeService.getVariables(processId)).isEqualTo(runtime);
        assertThat(jdbc.queryForList("SELECT * FROM complaint ORDER BY reference")).isEqualTo(complaints);
    }

    @Test
    @DisplayName("Issue 13 point 6: the first start of this version masks what is stored and records it, for later starts to skip")
    void theFirstStartMasksAndRecordsIt() {
        jdbc.update("DELETE FROM card_data_masking");
        String reference = complaintLeftInClear();

        masking.run(null);

        assertThat(jdbc.queryForObject("SELECT card_or_contract_number FROM complaint WHERE reference = ?", String.class,
                reference)).isEqualTo(SHOWN);
        assertThat(jdbc.queryForList("SELECT step FROM card_data_masking", String.class))
                .containsExactly(StoredCardDataMasking.STEP);
    }

    /** A complaint registered by this version, then put back as the old code stored it: the card number in clear. */
    private String complaintLeftInClear() {
        String reference = cases.submit(feeComplaint());
        jdbc.update("UPDATE complaint SET card_or_contract_number = ?, grievance = ?, expected_outcome = ? "
                + "WHERE reference = ?", DIGITS, GRIEVANCE, EXPECTED, reference);
        return reference;
    }

    /**
     * The complaint's running process with its variables set in clear, as the old code set them, and
     * its history as the old code left it.
     */
    private String processLeftInClear(String reference) {
        String processId = cases.process(reference).getId();
        runtimeService.setVariable(processId, Variables.CARD_OR_CONTRACT_NUMBER, DIGITS);
        runtimeService.setVariable(processId, Variables.GRIEVANCE, GRIEVANCE);
        runtimeService.setVariable(processId, Variables.EXPECTED_OUTCOME, org.camunda.bpm.engine.variable.Variables
                .objectValue(EXPECTED).serializationDataFormat(SerializationDataFormats.JSON).create());
        for (String table : List.of("ACT_HI_VARINST", "ACT_HI_DETAIL")) {
            jdbc.update("UPDATE " + table + " SET TEXT_ = ? WHERE PROC_INST_ID_ = ? AND NAME_ = ?", DIGITS, processId,
                    Variables.CARD_OR_CONTRACT_NUMBER);
            jdbc.update("UPDATE " + table + " SET TEXT_ = ? WHERE PROC_INST_ID_ = ? AND NAME_ = ?", GRIEVANCE, processId,
                    Variables.GRIEVANCE);
            jdbc.update("UPDATE ACT_GE_BYTEARRAY SET BYTES_ = ? WHERE ID_ IN (SELECT BYTEARRAY_ID_ FROM " + table
                    + " WHERE PROC_INST_ID_ = ? AND NAME_ = ?)", ("\"" + EXPECTED + "\"").getBytes(StandardCharsets.UTF_8),
                    processId, Variables.EXPECTED_OUTCOME);
        }
        jdbc.update("UPDATE ACT_HI_DEC_IN SET TEXT_ = ? WHERE CLAUSE_ID_ = 'Input_Grievance' AND DEC_INST_ID_ IN "
                + "(SELECT ID_ FROM ACT_HI_DECINST WHERE PROC_INST_ID_ = ?)", " the installment fee on card "
                + CARD_IN_TEXT + " was charged twice ", processId);
        assertThat(historyValues(processId)).as("history in clear").anyMatch(StoredCardDataMaskingTest::holdsTheFullNumber);
        assertThat(decisionInputs(processId)).as("decision input in clear").anyMatch(StoredCardDataMaskingTest::holdsTheFullNumber);
        return processId;
    }

    private List<String> historyValues(String processId) {
        List<String> values = new ArrayList<>();
        for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(processId).list()) {
            values.add(String.valueOf(variable.getValue()));
        }
        for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(processId)
                .variableUpdates().list()) {
            values.add(String.valueOf(((HistoricVariableUpdate) detail).getValue()));
        }
        return values;
    }

    private List<String> decisionInputs(String processId) {
        return jdbc.queryForList("SELECT TEXT_ FROM ACT_HI_DEC_IN WHERE TEXT_ IS NOT NULL AND DEC_INST_ID_ IN "
                + "(SELECT ID_ FROM ACT_HI_DECINST WHERE PROC_INST_ID_ = ?)", String.class, processId);
    }

    private static boolean holdsTheFullNumber(String value) {
        return value.contains(DIGITS) || value.contains(CARD_IN_TEXT);
    }
}
