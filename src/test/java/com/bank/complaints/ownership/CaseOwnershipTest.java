package com.bank.complaints.ownership;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.AWAIT_EVIDENCE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.Mails;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 17.6 R-INTAKE-5 first-contact ownership on the whole application: the intake agent who registered the
 * complaint owns it, is named on it and is told of every customer reply, until the owner or a supervisor hands it
 * over with a note; from then on the new owner is told. Nobody else may hand it over.
 */
@DeskTest
class CaseOwnershipTest {

    private static final String HANDOVER_NOTE = "Customer prefers e-mail; the ledger shows two fees.";

    @Autowired
    CaseDriver cases;
    @Autowired
    Desk desk;
    @Autowired
    GreenMail greenMail;
    @Autowired
    HistoryService historyService;

    @Test
    @DisplayName("issue 17.6 R-INTAKE-5 the intake agent who took the first contact is named as the case's owner, in the API and on the task cards' variable")
    void firstContactOwnsTheCase() {
        String ref = cases.submit(feeComplaint());

        JsonNode ownership = desk.read("handler", "/api/complaints/" + ref + "/ownership");

        assertThat(ownership.get("firstContact").asText()).isEqualTo("agent");
        assertThat(ownership.get("owner").asText()).isEqualTo("agent");
        assertThat(ownership.get("handovers")).isEmpty();
        assertThat(desk.read("agent", "/api/complaints/" + ref + "/ownership").get("owner").asText()).isEqualTo("agent");
        assertThat(cases.variable(ref, Variables.CASE_OWNER)).isEqualTo("agent");
    }

    @Test
    @DisplayName("issue 17.6 R-INTAKE-5 the owner is told when the customer replies (evidence sent)")
    void ownerIsToldOfACustomerReply() {
        String ref = awaitingEvidence();

        assertThat(sendEvidence(ref).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        assertThat(mailsTo("agent@bank.example", "Customer replied: " + ref)).singleElement()
                .satisfies(mail -> assertThat(mail).contains("sent evidence / 提交证据"));
    }

    @Test
    @DisplayName("issue 17.6 R-INTAKE-5 the owner hands the case over with a note: recorded in the case history, the new owner is told of it and of the next reply, the first contact no more")
    void handOverIsRecordedAndTheNewOwnerIsTold() {
        String ref = awaitingEvidence();

        ResponseEntity<String> handedOver = handOver("agent", ref, "handler", HANDOVER_NOTE);

        assertThat(handedOver.getStatusCode()).as(handedOver.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode ownership = desk.read("supervisor", "/api/complaints/" + ref + "/ownership");
        assertThat(ownership.get("owner").asText()).isEqualTo("handler");
        assertThat(ownership.get("firstContact").asText()).isEqualTo("agent");
        assertThat(ownership.get("handovers")).singleElement().satisfies(handover -> {
            assertThat(handover.get("from").asText()).isEqualTo("agent");
            assertThat(handover.get("to").asText()).isEqualTo("handler");
            assertThat(handover.get("by").asText()).isEqualTo("agent");
            assertThat(handover.get("note").asText()).isEqualTo(HANDOVER_NOTE);
            assertThat(handover.get("at").asText()).isNotBlank();
        });
        assertThat(ownerHistory(ref)).containsExactly("agent", "handler");
        assertThat(mailsTo("handler@bank.example", "You now own complaint " + ref)).singleElement()
                .satisfies(mail -> assertThat(mail).contains(HANDOVER_NOTE));

        sendEvidence(ref);

        assertThat(mailsTo("handler@bank.example", "Customer replied: " + ref)).hasSize(1);
        assertThat(mailsTo("agent@bank.example", "Customer replied: " + ref)).isEmpty();
    }

    @Test
    @DisplayName("issue 17.6 R-INTAKE-5 a supervisor may hand over a case the agent owns")
    void supervisorHandsOver() {
        String ref = cases.submit(feeComplaint());

        assertThat(handOver("supervisor", ref, "handler", "The agent is on leave.").getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(desk.read("handler", "/api/complaints/" + ref + "/ownership").get("handovers").get(0).get("by").asText())
                .isEqualTo("supervisor");
    }

    @Test
    @DisplayName("issue 17.6 R-INTAKE-5 a handler who neither owns the case nor supervises cannot take it over: 403, nothing changed")
    void nonOwnerCannotHandOver() {
        String ref = cases.submit(feeComplaint());

        ResponseEntity<String> taken = handOver("handler", ref, "handler", "Mine now.");

        assertThat(taken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode ownership = desk.read("supervisor", "/api/complaints/" + ref + "/ownership");
        assertThat(ownership.get("owner").asText()).isEqualTo("agent");
        assertThat(ownership.get("handovers")).isEmpty();
        assertThat(cases.variable(ref, Variables.CASE_OWNER)).isEqualTo("agent");
        assertThat(mailsTo("handler@bank.example", "You now own complaint " + ref)).isEmpty();
    }

    @Test
    @DisplayName("issue 17.6 R-INTAKE-5 a hand-over to someone outside the case's handling group, or without a note, is a 400 naming both fields")
    void badHandOverNamesTheFields() {
        String ref = cases.submit(feeComplaint());

        ResponseEntity<Map> refused = desk.as("agent").postForEntity("/api/complaints/{ref}/ownership/handover",
                Desk.json(Map.of("to", "compliance", "note", " ")), Map.class, ref);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, String>>) refused.getBody().get("errors")).extracting(error -> error.get("field"))
                .containsExactlyInAnyOrder("to", "note");
        assertThat(desk.read("agent", "/api/complaints/" + ref + "/ownership").get("owner").asText()).isEqualTo("agent");
    }

    @Test
    @DisplayName("issue 17.6 R-REC-2 staff who neither own nor may read the case do not see its ownership")
    void othersDoNotSeeTheOwnership() {
        String ref = cases.submit(feeComplaint());

        assertThat(desk.as("legal").getForEntity("/api/complaints/{ref}/ownership", String.class, ref).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String awaitingEvidence() {
        String ref = cases.submit(feeComplaint());
        cases.complete(ref, INVESTIGATE_COMPLAINT, "handler", Map.of(Variables.INVESTIGATION_NOTES, "Ledger checked.",
                Variables.EVIDENCE_NEEDED, true, Variables.EVIDENCE_REQUEST, "The SMS debit notices you received."));
        assertThat(cases.openTasks(ref)).containsExactly(AWAIT_EVIDENCE);
        return ref;
    }

    private ResponseEntity<String> sendEvidence(String ref) {
        return desk.as("agent").postForEntity("/api/complaints/{ref}/evidence",
                Desk.json(Map.of("summary", "Screenshots of both debits.")), String.class, ref);
    }

    private ResponseEntity<String> handOver(String user, String ref, String to, String note) {
        return desk.as(user).postForEntity("/api/complaints/{ref}/ownership/handover",
                Desk.json(Map.of("to", to, "note", note)), String.class, ref);
    }

    /** The texts of the mails to the address whose subject starts with the given words. */
    private List<String> mailsTo(String address, String subject) {
        return Mails.to(greenMail, address).stream().filter(mail -> Mails.subject(mail).startsWith(subject))
                .map(Mails::text).toList();
    }

    /** Every value the lifecycle's caseOwner variable took, oldest first (the engine's history). */
    private List<Object> ownerHistory(String ref) {
        return historyService.createHistoricDetailQuery().processInstanceId(cases.process(ref).getId()).variableUpdates()
                .orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricVariableUpdate.class::cast)
                .filter(update -> Variables.CASE_OWNER.equals(update.getVariableName()))
                .map(HistoricVariableUpdate::getValue).toList();
    }
}
