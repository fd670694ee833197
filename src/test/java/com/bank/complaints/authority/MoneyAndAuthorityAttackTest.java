package com.bank.complaints.authority;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPROVE_PROPOSAL;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.DUAL_REVIEW;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_CUSTOMER_DECISION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.bankstandin.CoreBankingStandIn;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.lifecycle.ComplaintLifecycle;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, points 1-3: the attacks that once went through, replayed against the engine REST API
 * and our API; each is refused and leaves no posting, no variable, no second instance behind.
 */
@DeskTest
class MoneyAndAuthorityAttackTest {

    private static final BigDecimal CNY_600 = new BigDecimal("600.00");

    @Autowired
    Desk desk;
    @Autowired
    CaseDriver cases;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CoreBankingStandIn bank;

    @Test
    @DisplayName("Issue 13.3 an agent starting the lifecycle over the engine REST API (at Task_IssueRefund, skipping listeners, or plainly) is refused: no posting, no second instance")
    void startAtTheRefundIsRefused() {
        String reference = cases.submit(feeComplaint());
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("businessKey", reference);
        start.put("skipCustomListeners", true);
        start.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_IssueRefund")));
        start.put("variables", Map.of("remedyType", value("REFUND"), "remedyAmount", value(5_000_000)));

        ResponseEntity<String> response = startOverRest("agent", start);
        ResponseEntity<String> plainStart = startOverRest("agent", Map.of("variables", intakeFormVariables()));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(plainStart.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(instances(reference)).isEqualTo(1);
        assertThat(postedAmounts(reference)).isEmpty();
    }

    @Test
    @DisplayName("Issue 13.3 an agent's start form carrying variables that are not on the intake form answers 400 naming them, and starts nothing")
    void startWithForeignVariablesIsRefused() {
        String reference = cases.submit(feeComplaint());
        long before = runtimeService.createProcessInstanceQuery().count();
        Map<String, Object> variables = intakeFormVariables();
        variables.put("reference", value(reference));
        variables.put("remedyAmount", value(5_000_000));

        ResponseEntity<String> response = submitStartForm("agent", Map.of("businessKey", reference, "variables", variables));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("reference").contains("remedyAmount");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
        assertThat(instances(reference)).isEqualTo(1);
    }

    @Test
    @DisplayName("Issue 13.3 an agent's start form with another complaint's reference as business key is registered by intake under a new reference")
    void businessKeyOfAStartIsAssignedByIntake() {
        String reference = cases.submit(feeComplaint());

        ResponseEntity<String> response = submitStartForm("agent",
                Map.of("businessKey", reference, "variables", intakeFormVariables()));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(instances(reference)).isEqualTo(1);
        String started = Desk.parse(response.getBody()).path("businessKey").asText();
        assertThat(started).startsWith("CC-").isNotEqualTo(reference);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE reference = ?", Long.class, started)).isOne();
    }

    @Test
    @DisplayName("Issue 13.3 a second lifecycle for a reference answers 409, even to an administrator skipping the intake listener")
    void secondLifecycleOfAReferenceIsAConflict() {
        String reference = cases.submit(feeComplaint());

        ResponseEntity<String> response = startOverRest("admin", Map.of("businessKey", reference, "skipCustomListeners", true,
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "SubProcess_Intake"))));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getBody()).contains(reference);
        assertThat(instances(reference)).isEqualTo(1);
    }

    @Test
    @DisplayName("Issue 13.2 the handler recording the customer's decision with remedyAmount 9999999.99 is refused with 400 naming it; nothing is written")
    void changedRemedyAmountOnTheDecisionTaskIsRefused() {
        String reference = approvedRefundOf600();
        Task decision = cases.task(reference, RECORD_CUSTOMER_DECISION);

        ResponseEntity<String> response = completeOverRest("handler", decision.getId(),
                Map.of("customerAccepted", value(true), "remedyAmount", value(9_999_999.99)));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("remedyAmount");
        assertThat(cases.task(reference, RECORD_CUSTOMER_DECISION)).isNotNull();
        assertThat(((Number) cases.variable(reference, Variables.REMEDY_AMOUNT)).doubleValue()).isEqualTo(600);
        assertThat(cases.variable(reference, Variables.CUSTOMER_ACCEPTED)).isNull();
        assertThat(postedAmounts(reference)).isEmpty();
    }

    @Test
    @DisplayName("Issue 13.2 a field the task's form does not have answers 400 naming it; nothing is written")
    void unknownFieldIsRefused() {
        String reference = approvedRefundOf600();
        Task decision = cases.task(reference, RECORD_CUSTOMER_DECISION);

        ResponseEntity<String> response = completeOverRest("handler", decision.getId(),
                Map.of("customerAccepted", value(true), "approvedBy", value("handler")));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).contains("approvedBy");
        assertThat(cases.variable(reference, Variables.APPROVED_BY)).isEqualTo("supervisor");
        assertThat(cases.task(reference, RECORD_CUSTOMER_DECISION)).isNotNull();
    }

    @Test
    @DisplayName("Issue 13.2 Tasklist's submit-form sending the read-only context back unchanged is accepted, and the approved 600 CNY is paid")
    void unchangedReadOnlyContextIsIgnored() {
        String reference = approvedRefundOf600();
        Task decision = cases.task(reference, RECORD_CUSTOMER_DECISION);
        Map<String, Object> form = new HashMap<>();
        form.put("reference", value(reference));
        form.put("remedyType", value("REFUND"));
        form.put("remedyAmount", value(600.0));
        form.put("customerRejections", value(0));
        form.put("customerAccepted", value(true));

        ResponseEntity<String> response = desk.as("handler").postForEntity("/engine-rest/task/{id}/submit-form",
                Desk.json(Map.of("variables", form)), String.class, decision.getId());
        cases.runJobs(reference);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(cases.openTasks(reference)).containsExactly(DUAL_REVIEW);
        assertThat(postedAmounts(reference)).containsExactly(CNY_600);
    }

    @Test
    @DisplayName("Issue 13.2 a handler may not PUT a process variable over the REST API: 403, the variable unchanged")
    void variableUpdateOverRestIsForAdministratorsOnly() {
        String reference = approvedRefundOf600();

        ResponseEntity<String> response = desk.as("handler").exchange(
                "/engine-rest/process-instance/{id}/variables/remedyAmount", HttpMethod.PUT,
                Desk.json(value(9_999_999.99)), String.class, cases.process(reference).getId());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(((Number) cases.variable(reference, Variables.REMEDY_AMOUNT)).doubleValue()).isEqualTo(600);
    }

    @Test
    @DisplayName("Issue 13.1 even an administrator's change of remedyAmount after approval is ignored: the approved 600.00 CNY is paid once, under the approval's key")
    void paymentFollowsTheRecordNotTheVariable() {
        String reference = approvedRefundOf600();
        ResponseEntity<String> changed = desk.as("admin").exchange(
                "/engine-rest/process-instance/{id}/variables/remedyAmount", HttpMethod.PUT,
                Desk.json(value(9_999_999.99)), String.class, cases.process(reference).getId());
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        cases.complete(reference, RECORD_CUSTOMER_DECISION, "handler", Map.of(Variables.CUSTOMER_ACCEPTED, true));

        assertThat(postedAmounts(reference)).containsExactly(CNY_600);
        assertThat(((Number) cases.variable(reference, Variables.REMEDY_AMOUNT)).doubleValue()).isEqualTo(600);
        JsonNode remedy = desk.read("supervisor", "/api/complaints/" + reference + "/remedy");
        assertThat(remedy.path("approved").path("amount").decimalValue()).isEqualByComparingTo(CNY_600);
        assertThat(remedy.path("approved").path("decidedBy").asText()).isEqualTo("supervisor");
        assertThat(remedy.path("decisions")).extracting(node -> node.path("step").asText())
                .containsExactly("PROPOSED", "APPROVED");
        assertThat(remedy.path("postings")).singleElement().satisfies(posting -> {
            assertThat(posting.path("amount").decimalValue()).isEqualByComparingTo(CNY_600);
            assertThat(posting.path("idempotencyKey").asText())
                    .isEqualTo("remedy-" + remedy.path("approved").path("id").asLong() + ":REFUND");
            assertThat(posting.path("status").asText()).isEqualTo("POSTED");
        });
    }

    @Test
    @DisplayName("Issue 13.1 the remedy of a case is read by staff who may read the case; an intake agent gets the same 404 as for an unknown reference")
    void remedyIsReadOnlyByCaseReaders() {
        String reference = approvedRefundOf600();

        assertThat(desk.as("agent").getForEntity("/api/complaints/{r}/remedy", String.class, reference).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(desk.as("handler").getForEntity("/api/complaints/{r}/remedy", String.class, reference).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(desk.as("compliance").getForEntity("/api/complaints/{r}/remedy", String.class, reference).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    @DisplayName("Issue 13.4 a supervisor cannot hand a handler's task to a compliance officer, who therefore cannot complete it")
    void taskGoesOnlyToMembersOfItsCandidateGroups() {
        String reference = cases.submit(feeComplaint());
        Task task = cases.task(reference, INVESTIGATE_COMPLAINT);

        ResponseEntity<String> assigned = desk.as("supervisor").postForEntity("/engine-rest/task/{id}/assignee",
                Desk.json(Map.of("userId", "compliance")), String.class, task.getId());
        ResponseEntity<String> completed = completeOverRest("compliance", task.getId(),
                Map.of("investigationNotes", value("Done."), "evidenceNeeded", value(false)));

        assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
        assertThat(desk.as("supervisor").postForEntity("/engine-rest/task/{id}/assignee",
                Desk.json(Map.of("userId", "handler")), String.class, task.getId()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    @DisplayName("Issue 13.4 a supervisor cannot add compliance officers as candidates of a task")
    void candidatesAreSetByTheModel() {
        String reference = cases.submit(feeComplaint());
        Task task = cases.task(reference, INVESTIGATE_COMPLAINT);

        ResponseEntity<String> response = desk.as("supervisor").postForEntity("/engine-rest/task/{id}/identity-links",
                Desk.json(Map.of("groupId", "compliance-officers", "type", "candidate")), String.class, task.getId());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.getIdentityLinksForTask(task.getId()))
                .noneMatch(link -> "compliance-officers".equals(link.getGroupId()));
    }

    @Test
    @DisplayName("Issue 13.4 a compliance officer cannot comment on or attach to a task, over the REST API or in Java; nothing is stored")
    void complianceOfficersDoNotWriteCommentsOrAttachments() {
        String reference = cases.submit(feeComplaint());
        Task task = cases.task(reference, INVESTIGATE_COMPLAINT);

        assertThat(comment("compliance", task.getId()).getStatusCode().is4xxClientError()).isTrue();
        assertThat(attach("compliance", task.getId()).getStatusCode().is4xxClientError()).isTrue();
        assertThatThrownBy(() -> cases.as("compliance", () -> taskService.createComment(task.getId(), null, "Noted.")))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> cases.as("compliance", () -> attachment(task.getId())))
                .isInstanceOf(AuthorizationException.class);

        assertThat(taskService.getTaskComments(task.getId())).isEmpty();
        assertThat(taskService.getTaskAttachments(task.getId())).isEmpty();
    }

    @Test
    @DisplayName("Issue 13.4 the handler who works a task comments on it and attaches to it")
    void theHandlerCommentsAndAttaches() {
        String reference = cases.submit(feeComplaint());
        Task task = cases.task(reference, INVESTIGATE_COMPLAINT);

        cases.as("handler", () -> taskService.createComment(task.getId(), null, "Called the customer."));
        cases.as("handler", () -> attachment(task.getId()));

        assertThat(taskService.getTaskComments(task.getId())).singleElement()
                .satisfies(comment -> assertThat(comment.getUserId()).isEqualTo("handler"));
        assertThat(taskService.getTaskAttachments(task.getId())).hasSize(1);
    }

    @Test
    @DisplayName("Issue 13.4 nobody but its author deletes a task's attachment")
    void onlyTheAuthorDeletesAnAttachment() {
        String reference = cases.submit(feeComplaint());
        Task task = cases.task(reference, INVESTIGATE_COMPLAINT);
        cases.as("handler", () -> attachment(task.getId()));
        String id = taskService.getTaskAttachments(task.getId()).get(0).getId();

        for (String other : List.of("compliance", "supervisor", "ops")) {
            assertThatThrownBy(() -> cases.as(other, () -> taskService.deleteTaskAttachment(task.getId(), id)))
                    .as(other).isInstanceOf(AuthorizationException.class);
        }
        assertThat(desk.as("compliance").exchange("/engine-rest/task/{t}/attachment/{a}", HttpMethod.DELETE, null,
                String.class, task.getId(), id).getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(taskService.getTaskAttachments(task.getId())).hasSize(1);

        cases.as("handler", () -> taskService.deleteTaskAttachment(task.getId(), id));
        assertThat(taskService.getTaskAttachments(task.getId())).isEmpty();
    }

    @Test
    @DisplayName("Issue 13.4 agents, the legal expert and compliance may not ask for a deadline extension; nothing is asked")
    void onlyTheCaseHandlersAskForAnExtension() {
        String reference = cases.submit(feeComplaint());

        for (String user : List.of("agent", "legal", "compliance", "director", "admin")) {
            assertThat(desk.as(user).postForEntity("/api/complaints/{r}/extension",
                    Desk.json(Map.of("reason", "Waiting for the merchant.")), String.class, reference).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(cases.variable(reference, Variables.EXTENSION_REASON)).isNull();
        assertThat(desk.as("handler").postForEntity("/api/complaints/{r}/extension",
                Desk.json(Map.of("reason", "Waiting for the merchant.")), String.class, reference).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);
    }

    /** A general fee complaint investigated, a 600 CNY refund proposed by the handler and approved by the supervisor. */
    private String approvedRefundOf600() {
        String reference = cases.submit(feeComplaint());
        cases.investigate(reference, "FACT_CLEAR");
        cases.propose(reference, "handler", "REFUND", 600);
        cases.complete(reference, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));
        assertThat(cases.openTasks(reference)).containsExactly(RECORD_CUSTOMER_DECISION);
        return reference;
    }

    private ResponseEntity<String> startOverRest(String user, Map<String, Object> body) {
        return desk.as(user).postForEntity("/engine-rest/process-definition/key/{key}/start", Desk.json(body), String.class,
                ComplaintLifecycle.PROCESS_KEY);
    }

    private ResponseEntity<String> submitStartForm(String user, Map<String, Object> body) {
        return desk.as(user).postForEntity("/engine-rest/process-definition/key/{key}/submit-form", Desk.json(body),
                String.class, ComplaintLifecycle.PROCESS_KEY);
    }

    private ResponseEntity<String> completeOverRest(String user, String taskId, Map<String, Object> variables) {
        return desk.as(user).postForEntity("/engine-rest/task/{id}/complete", Desk.json(Map.of("variables", variables)),
                String.class, taskId);
    }

    private ResponseEntity<String> comment(String user, String taskId) {
        return desk.as(user).postForEntity("/engine-rest/task/{id}/comment/create",
                Desk.json(Map.of("message", "Called the customer.")), String.class, taskId);
    }

    private ResponseEntity<String> attach(String user, String taskId) {
        return desk.as(user).postForEntity("/engine-rest/task/{id}/attachment/create",
                Desk.multipart(Map.of("attachment-name", "note", "attachment-type", "text/plain",
                        "url", "https://dms.bank.example/doc/1")), String.class, taskId);
    }

    private void attachment(String taskId) {
        taskService.createAttachment("text/plain", taskId, null, "call note", "What the customer said",
                "https://dms.bank.example/doc/1");
    }

    private Map<String, Object> intakeFormVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        feeComplaint().forEach((name, v) -> variables.put(name, value(v)));
        return variables;
    }

    private static Map<String, Object> value(Object value) {
        return Map.of("value", value);
    }

    private long instances(String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .processDefinitionKey(ComplaintLifecycle.PROCESS_KEY).count();
    }

    private List<BigDecimal> postedAmounts(String reference) {
        return bank.postings(reference).stream().map(CoreBankingStandIn.BookedPosting::amount).toList();
    }
}
