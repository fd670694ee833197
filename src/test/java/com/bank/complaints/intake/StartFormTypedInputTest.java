package com.bank.complaints.intake;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.carddata.CardVault;
import com.bank.complaints.lifecycle.ComplaintLifecycle;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16 point 2, the intake path of the Tasklist start form (engine REST submit-form, as Tasklist sends it):
 * what the intake form's patterns let an agent type is what the server takes. A card number written in groups with
 * spaces or hyphens is stored as its first 6 and last 4 digits, with no space or hyphen, and in full only encrypted,
 * as its digits; the Luhn check still refuses a mistyped one. A value with a space around it is stored without it.
 * The date a form-js date field sends (yyyy-MM-dd, whatever the agent's screen shows) is the date stored.
 */
@DeskTest
class StartFormTypedInputTest {

    private static final String SUBMIT_START_FORM =
            "/engine-rest/process-definition/key/" + ComplaintLifecycle.PROCESS_KEY + "/submit-form";
    private static final String DIGITS = "6228480012345671";
    private static final String KEPT = "622848******5671";

    @Autowired
    Desk desk;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CardVault vault;

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"6228 4800 1234 5671", "6228-4800-1234-5671", " 6228 4800 1234 5671 ", "622848 0012345671"})
    @DisplayName("issue 16.2 a card number typed in groups, with spaces or hyphens, is stored as first 6 and last 4 digits, without them, and encrypted as its digits")
    void aCardNumberInGroupsIsStoredNormalised(String typed) {
        ResponseEntity<Map> started = submitStartForm(with(feeComplaint(), "cardOrContractNumber", typed));

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String reference = (String) started.getBody().get("businessKey");
        Map<String, Object> row = row(reference);
        assertThat(row).containsEntry("CARD_OR_CONTRACT_NUMBER", KEPT);
        assertThat(vault.decrypt((String) row.get("CARD_NUMBER_ENCRYPTED"))).isEqualTo(DIGITS);
        assertThat(runtimeService.getVariable((String) started.getBody().get("id"), Variables.CARD_OR_CONTRACT_NUMBER))
                .isEqualTo(KEPT);
    }

    @Test
    @DisplayName("issue 16.2 the Luhn check stays: a card number in groups with one wrong digit is refused, naming the field")
    void aMistypedCardNumberInGroupsIsStillRefused() {
        ResponseEntity<Map> refused = submitStartForm(with(feeComplaint(), "cardOrContractNumber", "6228 4800 1234 5672"));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("cardOrContractNumber", "Luhn").doesNotContain("6228 4800");
    }

    @Test
    @DisplayName("issue 16.2 values typed with a space around them, as the form's patterns allow, are stored without it; a contract number keeps its hyphens; the date is stored as sent, yyyy-MM-dd")
    void valuesAreStoredAsMeant() {
        Map<String, Object> fields = with(with(with(with(feeComplaint(), "customerId", " C-20261016 "),
                "customerPhone", " +86 138-0000-1234 "), "cardOrContractNumber", " INST-2026-000731 "), "transactionDate", "2026-10-16");

        ResponseEntity<Map> started = submitStartForm(fields);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> row = row((String) started.getBody().get("businessKey"));
        assertThat(row).containsEntry("CUSTOMER_ID", "C-20261016").containsEntry("CUSTOMER_PHONE", "+86 138-0000-1234")
                .containsEntry("CARD_OR_CONTRACT_NUMBER", "INST-2026-000731").containsEntry("CARD_NUMBER_ENCRYPTED", null)
                .containsEntry("TRANSACTION_DATE", java.sql.Date.valueOf("2026-10-16"));
    }

    private Map<String, Object> row(String reference) {
        return jdbc.queryForMap("SELECT customer_id, customer_phone, card_or_contract_number, card_number_encrypted, "
                + "transaction_date FROM complaint WHERE reference = ?", reference);
    }

    private ResponseEntity<Map> submitStartForm(Map<String, Object> fields) {
        Map<String, Object> variables = new LinkedHashMap<>();
        fields.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return desk.as("agent").postForEntity(SUBMIT_START_FORM, Desk.json(Map.of("variables", variables)), Map.class);
    }
}
