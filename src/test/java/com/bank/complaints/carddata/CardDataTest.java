package com.bank.complaints.carddata;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPROVE_PROPOSAL;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_CUSTOMER_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.bank.complaints.ApprovedRemedies;
import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.Mails;
import com.bank.complaints.bankstandin.CoreBankingStandIn;
import com.bank.complaints.customer.CustomerResponses;
import com.bank.complaints.execution.CoreBanking.PostingType;
import com.bank.complaints.execution.RemedyExecution;
import com.bank.complaints.intake.ComplaintRepository;
import com.bank.complaints.lifecycle.ComplaintLifecycle;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.notification.MailParts;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13 point 6, PCI DSS 3.4: a card number given at intake is shown and stored only as its first
 * 6 and last 4 digits, wherever it goes (process variables, history, our table, mails, the log, the
 * case library's CSV export); in full it is kept only encrypted, and only the refund posting uses it.
 * Most tests look at two complaints of a customer who gave the card number with spaces, in the card
 * field and in the grievance, one left open and one refunded and closed; one instance of the class
 * keeps them for all its tests.
 */
@DeskTest
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CardDataTest {

    private static final String CARD = "6222 0212 3456 7894";
    private static final String DIGITS = "6222021234567894";
    private static final String SHOWN = "622202******7894";
    private static final String SHOWN_IN_TEXT = "6222 02** **** 7894";
    /** JdbcTemplate logs every parameter it binds at TRACE: the ledger posting's full account number among them. */
    private static final String JDBC_PARAMETERS = "org.springframework.jdbc.core.StatementCreatorUtils";

    @Autowired
    Desk desk;
    @Autowired
    CaseDriver cases;
    @Autowired
    CustomerResponses customer;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    CardVault vault;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    GreenMail greenMail;
    @Autowired
    LoggingSystem loggingSystem;
    @Autowired
    RemedyExecution remedies;
    @Autowired
    CoreBankingStandIn bank;

    private String open;
    private String closed;
    private String closedProcessId;

    /** Submitted once, by the first test that needs them (a journey needs a test's process-coverage run). */
    private void givenTwoComplaintsWithACardNumber() {
        if (open != null) {
            return;
        }
        open = cases.submit(cardComplaint("carddata-open@example.com"));
        closed = cases.submit(cardComplaint("carddata-closed@example.com"));
        closedProcessId = cases.process(closed).getId();
        refundAndClose(closed);
    }

    @Test
    @DisplayName("Issue 13 point 6: the process variable shows the card number as its first 6 and last 4 digits")
    void theProcessVariableShowsTheCardMasked() {
        givenTwoComplaintsWithACardNumber();
        assertThat(runtimeService.getVariable(cases.process(open).getId(), Variables.CARD_OR_CONTRACT_NUMBER))
                .isEqualTo(SHOWN);
    }

    @Test
    @DisplayName("Issue 13 point 6: a card number in the grievance is masked in the variable and in our record")
    void aCardNumberInTheGrievanceIsMasked() {
        givenTwoComplaintsWithACardNumber();
        assertThat((String) runtimeService.getVariable(cases.process(open).getId(), Variables.GRIEVANCE))
                .contains(SHOWN_IN_TEXT).doesNotContain(CARD);
        assertThat(complaints.require(open).details().grievance()).contains(SHOWN_IN_TEXT).doesNotContain(CARD);
    }

    @Test
    @DisplayName("PCI DSS 3.4: the history (variable instances and every detail) never holds the full card number")
    void theHistoryHoldsTheCardMasked() {
        givenTwoComplaintsWithACardNumber();
        List<String> values = historyValues(cases.process(open).getId());
        values.addAll(historyValues(closedProcessId));

        assertThat(values).isNotEmpty().noneMatch(CardDataTest::holdsTheFullNumber).contains(SHOWN);
    }

    @Test
    @DisplayName("Issue 13 point 6: our complaint table shows the card number masked")
    void theComplaintTableShowsTheCardMasked() {
        givenTwoComplaintsWithACardNumber();
        assertThat(jdbc.queryForObject("SELECT card_or_contract_number FROM complaint WHERE reference = ?", String.class,
                open)).isEqualTo(SHOWN);
    }

    @Test
    @DisplayName("PCI DSS 3.4: the full card number is kept only encrypted in our table, and decrypts to its digits")
    void theEncryptedColumnDecryptsToTheFullNumber() {
        givenTwoComplaintsWithACardNumber();
        String encrypted = jdbc.queryForObject("SELECT card_number_encrypted FROM complaint WHERE reference = ?",
                String.class, open);

        assertThat(encrypted).doesNotContain(DIGITS.substring(6, 12));
        assertThat(vault.decrypt(encrypted)).isEqualTo(DIGITS);
    }

    @Test
    @DisplayName("Issue 13 point 6: the refund is posted to the full card number")
    void theRefundIsPostedToTheFullCardNumber() {
        givenTwoComplaintsWithACardNumber();
        assertThat(bank.postings(closed)).extracting(CoreBankingStandIn.BookedPosting::account).containsExactly(DIGITS);
    }

    @Test
    @DisplayName("Issue 13 point 6: the receipt mail quotes the grievance with the card number masked")
    void theReceiptShowsTheCardMasked() throws Exception {
        givenTwoComplaintsWithACardNumber();
        MimeMessage receipt = Mails.to(greenMail, "carddata-open@example.com").get(0);

        for (String body : List.of(MailParts.find(receipt, "text/plain"), MailParts.find(receipt, "text/html"))) {
            assertThat(body).contains(SHOWN_IN_TEXT).doesNotContain(CARD, DIGITS);
        }
    }

    @Test
    @DisplayName("PCI DSS 3.4: no mail to the customer, from receipt to result, holds the full card number")
    void noMailHoldsTheFullNumber() throws Exception {
        givenTwoComplaintsWithACardNumber();
        List<MimeMessage> mails = Mails.to(greenMail, "carddata-closed@example.com");

        assertThat(mails).hasSizeGreaterThan(1);
        for (MimeMessage mail : mails) {
            assertThat(MailParts.find(mail, "text/plain")).doesNotContain(CARD, DIGITS);
        }
    }

    @Test
    @DisplayName("PCI DSS 3.4: the log, even every JDBC parameter of an intake and a refund, shows the card number as its first 6 and last 4 digits")
    void theLogShowsTheCardMasked(CapturedOutput output) {
        loggingSystem.setLogLevel(JDBC_PARAMETERS, LogLevel.TRACE);
        try {
            String reference = cases.submit(cardComplaint("carddata-log@example.com"));
            ApprovedRemedies.approve(jdbc, reference, "REFUND", 128.5);
            remedies.post(reference, PostingType.REFUND);
        } finally {
            loggingSystem.setLogLevel(JDBC_PARAMETERS, null);
        }

        assertThat(output.getOut()).contains("parameter value [" + SHOWN + "]").doesNotContain(CARD, DIGITS);
    }

    @Test
    @DisplayName("Issue 13 point 6, R-REC-2: the archive and the case library's CSV export hold no digit of the card number")
    void theArchiveAndTheCaseLibraryHoldTheCardMasked() {
        givenTwoComplaintsWithACardNumber();
        assertThat(jdbc.queryForObject("SELECT history FROM complaint_archive WHERE reference = ?", String.class, closed))
                .contains(SHOWN).doesNotContain(CARD, DIGITS);

        ResponseEntity<String> csv = desk.as("supervisor").getForEntity(
                "/api/case-library?text=carddatacase&format=csv", String.class);

        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getBody()).contains(closed, "[card]").doesNotContain(CARD, DIGITS, SHOWN, SHOWN_IN_TEXT);
    }

    @Test
    @DisplayName("Issue 13 point 6: a contract number passes unchanged, and nothing is encrypted for it")
    void aContractNumberPassesUnchanged() {
        String reference = cases.submit(feeComplaint());

        assertThat(runtimeService.getVariable(cases.process(reference).getId(), Variables.CARD_OR_CONTRACT_NUMBER))
                .isEqualTo("INST-2026-000731");
        assertThat(jdbc.queryForMap("SELECT card_or_contract_number, card_number_encrypted FROM complaint "
                + "WHERE reference = ?", reference))
                .containsEntry("CARD_OR_CONTRACT_NUMBER", "INST-2026-000731").containsEntry("CARD_NUMBER_ENCRYPTED", null);
    }

    @Test
    @DisplayName("Issue 13 point 6: a card number typed into the Tasklist start form never reaches the history in clear")
    void theStartFormKeepsNoCardNumberInTheHistory() {
        Map<String, Object> variables = new LinkedHashMap<>();
        cardComplaint("carddata-start-form@example.com").forEach((name, value) -> variables.put(name, Map.of("value", value)));

        ResponseEntity<Map> started = desk.as("agent").postForEntity("/engine-rest/process-definition/key/"
                + ComplaintLifecycle.PROCESS_KEY + "/submit-form", Desk.json(Map.of("variables", variables)), Map.class);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String processId = (String) started.getBody().get("id");
        assertThat(runtimeService.getVariable(processId, Variables.CARD_OR_CONTRACT_NUMBER)).isEqualTo(SHOWN);
        assertThat(historyValues(processId)).noneMatch(CardDataTest::holdsTheFullNumber).contains(SHOWN);
    }

    @Test
    @DisplayName("Issue 13 point 6: a card-shaped number that fails its check digit answers 400 naming the field, and nothing is stored")
    void aMistypedCardNumberIsRefused() {
        long before = complaints.count();

        ResponseEntity<Map> response = desk.submit(with(feeComplaint(), "cardOrContractNumber", "6222 0212 3456 7890"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().toString()).contains("cardOrContractNumber").doesNotContain("6222");
        assertThat(complaints.count()).isEqualTo(before);
    }

    @Test
    @DisplayName("Issue 13 point 6: the demo profile encrypts with its installation's own random key, kept in its database")
    void theDemoProfileHasItsOwnKey() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM installation_secret WHERE name = ?", Long.class, CardVault.KEY_PROPERTY))
                .isEqualTo(1);
    }

    /** A general fee complaint whose customer gave the card number, with spaces, and quoted it in the grievance. */
    private static Map<String, Object> cardComplaint(String email) {
        return with(with(with(feeComplaint(), "customerEmail", email), "cardOrContractNumber", CARD), "grievance",
                "carddatacase: the installment fee on card " + CARD + " was charged twice in October.");
    }

    /** Refunded on the fast track, accepted, reviewed, rated, called back: the case is archived. */
    private void refundAndClose(String reference) {
        cases.investigate(reference, "FACT_CLEAR");
        cases.propose(reference, "handler", "REFUND", 128.5);
        if (cases.task(reference, APPROVE_PROPOSAL) != null) {
            cases.complete(reference, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));
        }
        cases.complete(reference, RECORD_CUSTOMER_DECISION, "handler", Map.of(Variables.CUSTOMER_ACCEPTED, true));
        cases.dualReview(reference, "ops", true);
        assertThat(customer.rate(reference, 4)).isTrue();
        cases.runJobs(reference);
        cases.callBackAndClose(reference);
        assertThat(cases.process(reference)).as("closed").isNull();
    }

    /** Every text the engine's history holds for the process: variable instances, variable updates and form fields. */
    private List<String> historyValues(String processId) {
        List<String> values = new ArrayList<>();
        for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(processId).list()) {
            values.add(String.valueOf(variable.getValue()));
        }
        for (HistoricDetail detail : historyService.createHistoricDetailQuery().processInstanceId(processId).list()) {
            if (detail instanceof HistoricVariableUpdate update) {
                values.add(String.valueOf(update.getValue()));
            } else if (detail instanceof HistoricFormField field) {
                values.add(String.valueOf(field.getFieldValue()));
            }
        }
        return values;
    }

    private static boolean holdsTheFullNumber(String value) {
        return value.contains(CARD) || value.contains(DIGITS);
    }
}
