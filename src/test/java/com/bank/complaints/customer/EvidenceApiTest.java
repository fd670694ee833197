package com.bank.complaints.customer;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.AWAIT_EVIDENCE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_FINDING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** POST /api/complaints/{reference}/evidence: a channel forwards the evidence a customer sent (R-INV-3). */
@DeskTest
class EvidenceApiTest {

    private static final String SUMMARY = "Screenshots of the two SMS debit notices of 15 October.";

    @Autowired
    Desk desk;
    @Autowired
    CaseDriver cases;

    @Test
    @DisplayName("R-INV-3 an intake agent forwards the customer's evidence: 202, and the investigation goes on to the finding with it")
    void agentForwardsEvidence() {
        String ref = awaitingEvidence();

        ResponseEntity<Map> response = evidence(desk.as("agent"), ref, SUMMARY);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(cases.openTasks(ref)).containsExactly(RECORD_FINDING);
        assertThat(cases.variable(ref, Variables.EVIDENCE_RECEIVED)).isEqualTo(true);
        assertThat(cases.variable(ref, Variables.EVIDENCE_SUMMARY)).isEqualTo(SUMMARY);
    }

    @Test
    @DisplayName("R-INV-3 a summary of exactly 2000 characters is accepted")
    void longestSummaryIsAccepted() {
        String ref = awaitingEvidence();
        String longest = "x".repeat(EvidenceController.MAX_SUMMARY);

        ResponseEntity<Map> response = evidence(desk.as("agent"), ref, longest);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(cases.variable(ref, Variables.EVIDENCE_SUMMARY)).isEqualTo(longest);
    }

    @Test
    @DisplayName("R-INV-3 evidence for a complaint that is not waiting for evidence is refused with 409 and a problem; nothing changes")
    void evidenceWhenNotWaitingIsAConflict() {
        String ref = cases.submit(feeComplaint());
        assertThat(cases.openTasks(ref)).containsExactly(INVESTIGATE_COMPLAINT);

        ResponseEntity<Map> response = evidence(desk.as("agent"), ref, SUMMARY);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(response.getBody()).containsEntry("status", 409);
        assertThat((String) response.getBody().get("detail")).contains(ref, "not waiting for evidence");
        assertThat(cases.openTasks(ref)).containsExactly(INVESTIGATE_COMPLAINT);
        assertThat(cases.variable(ref, Variables.EVIDENCE_RECEIVED)).isNull();
        assertThat(cases.variable(ref, Variables.EVIDENCE_SUMMARY)).isNull();
    }

    @Test
    @DisplayName("R-INV-3 evidence arriving after the investigation went on is refused with 409 and is not recorded")
    void evidenceAfterTheWaitIsAConflict() {
        String ref = awaitingEvidence();
        assertThat(evidence(desk.as("agent"), ref, SUMMARY).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        ResponseEntity<Map> again = evidence(desk.as("agent"), ref, "A second, later batch of screenshots.");

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(cases.variable(ref, Variables.EVIDENCE_SUMMARY)).isEqualTo(SUMMARY);
        assertThat(cases.openTasks(ref)).containsExactly(RECORD_FINDING);
    }

    static Stream<Arguments> invalidSummaries() {
        return Stream.of(
                Arguments.of(Named.of("missing", null)),
                Arguments.of(Named.of("empty", "")),
                Arguments.of(Named.of("blank", "   \n\t ")),
                Arguments.of(Named.of("2001 characters", "x".repeat(EvidenceController.MAX_SUMMARY + 1))));
    }

    @ParameterizedTest(name = "{0} summary")
    @MethodSource("invalidSummaries")
    @DisplayName("R-INV-3 a missing, blank or oversized summary is refused with 400 naming the field; the complaint still waits")
    void invalidSummaryIsRefused(String summary) {
        String ref = awaitingEvidence();

        ResponseEntity<Map> response = evidence(desk.as("agent"), ref, summary);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
                .extracting(error -> error.get("field")).containsExactly("summary");
        assertThat(cases.openTasks(ref)).containsExactly(AWAIT_EVIDENCE);
        assertThat(cases.variable(ref, Variables.EVIDENCE_RECEIVED)).isNull();
    }

    @Test
    @DisplayName("R-INV-3 / R-REC-2 an anonymous call is refused with 401; the complaint still waits")
    void anonymousIsUnauthorized() {
        String ref = awaitingEvidence();

        ResponseEntity<Map> response = evidence(desk.anonymous(), ref, SUMMARY);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(cases.openTasks(ref)).containsExactly(AWAIT_EVIDENCE);
    }

    @Test
    @DisplayName("R-INV-3 / R-REC-2 a complaint handler is not a channel: 403; the complaint still waits")
    void complaintHandlerIsForbidden() {
        String ref = awaitingEvidence();

        ResponseEntity<Map> response = evidence(desk.as("handler"), ref, SUMMARY);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cases.openTasks(ref)).containsExactly(AWAIT_EVIDENCE);
        assertThat(cases.variable(ref, Variables.EVIDENCE_RECEIVED)).isNull();
    }

    @Test
    @DisplayName("R-INV-3 evidence for an unknown reference is a 409 problem, not a server error")
    void unknownReferenceIsAConflict() {
        ResponseEntity<Map> response = evidence(desk.as("agent"), "CC-19990101-000001", SUMMARY);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody()).containsEntry("status", 409);
    }

    /** Investigated with evidence needed: the request went out and the complaint waits at Task_AwaitEvidence. */
    private String awaitingEvidence() {
        String ref = cases.submit(feeComplaint());
        cases.complete(ref, INVESTIGATE_COMPLAINT, "handler", Map.of(Variables.INVESTIGATION_NOTES, "Ledger checked.",
                Variables.EVIDENCE_NEEDED, true, Variables.EVIDENCE_REQUEST, "The SMS debit notices you received."));
        assertThat(cases.openTasks(ref)).containsExactly(AWAIT_EVIDENCE);
        return ref;
    }

    private static ResponseEntity<Map> evidence(TestRestTemplate http, String ref, String summary) {
        Map<String, Object> body = new HashMap<>();
        body.put("summary", summary);
        return http.postForEntity("/api/complaints/{reference}/evidence", Desk.json(body), Map.class, ref);
    }
}
