package com.bank.complaints.identity;

import static com.bank.complaints.TestComplaints.cardFraudComplaint;
import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPLY_PROTECTIVE_MEASURES;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPROVE_EXTENSION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPROVE_PROPOSAL;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.BUSINESS_REVIEW;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.COMPLIANCE_REVIEW;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.FIND_ROOT_CAUSE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.LEGAL_REVIEW;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_CUSTOMER_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.customer.CustomerResponses;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 16 point 1: every role that works tasks sees, on each task card of its filters, the complaint's
 * reference, customer and severity (and Tasklist's own due date): Tasklist asks the filter's list with
 * {@code Accept: application/hal+json} and the engine embeds the filter's variables, as far as the user may read
 * them. The groups working a complaint may read it while they work it, and nothing more.
 */
@DeskTest
class TaskCardsTest {

    private static final String MY_GROUPS_TASKS = "My group's tasks";
    private static final String TEAM_TASKS = "Team tasks";
    private static final String CUSTOMER = "Li Lei";

    @Autowired
    Desk desk;
    @Autowired
    CaseDriver cases;
    @Autowired
    FilterService filterService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    CustomerResponses customer;
    @Autowired
    OpenTaskReaders openTaskReaders;

    @Test
    @DisplayName("Issue 16.1 R-TRIAGE-5 (issue 17.6 R-INTAKE-5) handlers, operations and supervisors see reference, customer, severity, owner and due on their cards; urgent work first")
    void caseWorkersSeeTheComplaintOnTheirCards() {
        String fee = cases.submit(feeComplaint());
        String fraud = cases.submit(cardFraudComplaint());

        Map<String, Map<String, String>> handler = cards("handler", MY_GROUPS_TASKS);
        assertCard(handler, cases.task(fee, INVESTIGATE_COMPLAINT), fee, "GENERAL");
        assertCard(handler, cases.task(fraud, FIND_ROOT_CAUSE), fraud, "URGENT");
        List<String> order = List.copyOf(handler.keySet());
        assertThat(order.indexOf(cases.task(fraud, FIND_ROOT_CAUSE).getId()))
                .as("priority first: the urgent complaint's task before the general one")
                .isLessThan(order.indexOf(cases.task(fee, INVESTIGATE_COMPLAINT).getId()));

        Map<String, Map<String, String>> ops = cards("ops", MY_GROUPS_TASKS);
        assertCard(ops, cases.task(fraud, APPLY_PROTECTIVE_MEASURES), fraud, "URGENT");
        assertCard(ops, cases.task(fraud, FIND_ROOT_CAUSE), fraud, "URGENT");
        assertThat(ops).as("operations see none of the handlers' tasks").doesNotContainKey(cases.task(fee, INVESTIGATE_COMPLAINT).getId());

        assertCard(cards("supervisor", MY_GROUPS_TASKS), cases.task(fraud, FIND_ROOT_CAUSE), fraud, "URGENT");
        Map<String, Map<String, String>> team = cards("supervisor", TEAM_TASKS);
        assertCard(team, cases.task(fee, INVESTIGATE_COMPLAINT), fee, "GENERAL");
        assertCard(team, cases.task(fraud, APPLY_PROTECTIVE_MEASURES), fraud, "URGENT");
    }

    @Test
    @DisplayName("Issue 16.1 R-RES-4 the expert panel (legal, compliance, business) sees the complaint on the cards of its own process")
    void theExpertPanelSeesTheComplaint() {
        String ref = cases.submit(feeComplaint());
        cases.investigate(ref, "LIABILITY_DISPUTE");

        assertCard(cards("legal", MY_GROUPS_TASKS), cases.task(ref, LEGAL_REVIEW), ref, "GENERAL");
        assertCard(cards("riskexpert", MY_GROUPS_TASKS), cases.task(ref, COMPLIANCE_REVIEW), ref, "GENERAL");
        assertCard(cards("business", MY_GROUPS_TASKS), cases.task(ref, BUSINESS_REVIEW), ref, "GENERAL");
    }

    @Test
    @DisplayName("Issue 16.1 the director sees the complaint on the card of a deadline extension to approve")
    void theDirectorSeesTheExtensionsComplaint() {
        String ref = cases.submit(feeComplaint());
        ResponseEntity<String> asked = desk.as("handler").postForEntity("/api/complaints/{ref}/extension",
                Desk.json(Map.of("reason", "Waiting for the merchant's statement.")), String.class, ref);
        assertThat(asked.getStatusCode().is2xxSuccessful()).as(asked.getBody()).isTrue();
        cases.runJobs(ref);

        assertCard(cards("director", MY_GROUPS_TASKS), cases.task(ref, APPROVE_EXTENSION), ref, "GENERAL");
    }

    @Test
    @DisplayName("Issue 16.1 \"Find by reference\": the filter's list with the reference (the business key) answers that complaint's tasks only")
    void findByReference() {
        String wanted = cases.submit(feeComplaint());
        String other = cases.submit(feeComplaint());

        Map<String, Map<String, String>> found = cards("handler", MY_GROUPS_TASKS, Map.of("processInstanceBusinessKey", wanted));
        Map<String, Map<String, String>> byPart = cards("handler", MY_GROUPS_TASKS,
                Map.of("processInstanceBusinessKeyLike", "%" + wanted.substring(wanted.length() - 6) + "%"));

        assertThat(found.keySet()).containsExactly(cases.task(wanted, INVESTIGATE_COMPLAINT).getId());
        assertThat(byPart).containsKey(cases.task(wanted, INVESTIGATE_COMPLAINT).getId())
                .doesNotContainKey(cases.task(other, INVESTIGATE_COMPLAINT).getId());
    }

    @Test
    @DisplayName("Issue 16.1 R-REC-2 a group reads a complaint only while it has a task in it: handlers lose it while the supervisor approves, and get it back with their next task")
    void aGroupReadsTheComplaintOnlyWhileItWorksIt() {
        String ref = cases.submit(feeComplaint());
        String process = cases.process(ref).getId();
        assertThat(readVariables("handler", process)).isEqualTo(HttpStatus.OK);
        assertThat(readVariables("ops", process)).as("operations have no task in it").isEqualTo(HttpStatus.FORBIDDEN);

        cases.investigate(ref, "FACT_CLEAR");
        cases.propose(ref, "handler", "REFUND", 800);
        assertThat(cases.openTasks(ref)).containsExactly(APPROVE_PROPOSAL);
        assertThat(readVariables("handler", process)).as("nothing left for the handlers").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(readVariables("supervisor", process)).isEqualTo(HttpStatus.OK);

        cases.complete(ref, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));
        assertThat(cases.openTasks(ref)).containsExactly(RECORD_CUSTOMER_DECISION);
        assertThat(readVariables("handler", process)).isEqualTo(HttpStatus.OK);
    }

    @Test
    @DisplayName("Issue 16.1 R-REC-2 reading its cards gives a handler nothing more: not another group's task, not its variables, no writing")
    void readingTheCardsGivesNothingMore() {
        String fraud = cases.submit(cardFraudComplaint());
        Task protective = cases.task(fraud, APPLY_PROTECTIVE_MEASURES);
        String process = cases.process(fraud).getId();
        assertThat(readVariables("handler", process)).as("handlers work the joint root-cause task").isEqualTo(HttpStatus.OK);

        assertThat(desk.as("handler").getForEntity("/engine-rest/task/{id}", String.class, protective.getId()).getStatusCode())
                .as("operations' task").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(desk.as("handler").getForEntity("/engine-rest/task/{id}/variables", String.class, protective.getId())
                .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(cards("handler", MY_GROUPS_TASKS)).doesNotContainKey(protective.getId());

        ResponseEntity<String> write = desk.as("handler").exchange("/engine-rest/process-instance/{id}/variables/severity",
                HttpMethod.PUT, Desk.json(Map.of("value", "CONSULTATION", "type", "String")), String.class, process);
        ResponseEntity<String> modify = desk.as("handler").postForEntity("/engine-rest/process-instance/{id}/variables",
                Desk.json(Map.of("modifications", Map.of("customerName", Map.of("value", "Someone else", "type", "String")))),
                String.class, process);
        assertThat(write.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(modify.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cases.variable(fraud, Variables.SEVERITY)).isEqualTo("URGENT");
        assertThat(cases.variable(fraud, Variables.CUSTOMER_NAME)).isEqualTo(CUSTOMER);
        assertThat(runtimeService.getVariable(process, Variables.REFERENCE)).isEqualTo(fraud);
    }

    @Test
    @DisplayName("Issue 16.1 R-REC-1 a closed complaint leaves no reading right behind, on the lifecycle nor on the expert panel's process")
    void aClosedComplaintLeavesNoReadingRight() {
        String ref = cases.submit(feeComplaint());
        cases.investigate(ref, "LIABILITY_DISPUTE");
        List<String> processes = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref).list()
                .stream().map(HistoricProcessInstance::getId).toList();
        assertThat(processes).hasSize(2);
        assertThat(processes).allSatisfy(id -> assertThat(readingRights(id)).as(id).isPositive());

        cases.expertPanelDecides(ref, "EXPLANATION_ONLY", null, "The fee stands; the bank explains it in writing.");
        cases.dualReview(ref, "ops", true);
        assertThat(customer.rate(ref, 4)).isTrue();
        cases.runJobs(ref);
        cases.callBackAndClose(ref);

        assertThat(cases.process(ref)).as("closed").isNull();
        assertThat(processes).allSatisfy(id -> assertThat(readingRights(id)).as(id).isZero());
    }

    @Test
    @DisplayName("Issue 16.1 tasks opened before this version get their readers at start: their cards fill, and a second start adds nothing")
    void openTasksOfAnOlderVersionGetTheirReadersAtStart() {
        String ref = cases.submit(feeComplaint());
        Task investigation = cases.task(ref, INVESTIGATE_COMPLAINT);
        String process = cases.process(ref).getId();
        authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE).resourceId(process).list()
                .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
        assertThat(cards("handler", MY_GROUPS_TASKS).get(investigation.getId())).as("as an older version left it")
                .doesNotContainKey("reference");

        openTaskReaders.run(null);
        openTaskReaders.run(null);

        assertCard(cards("handler", MY_GROUPS_TASKS), investigation, ref, "GENERAL");
        assertThat(readingRights(process)).isOne();
    }

    private long readingRights(String processInstanceId) {
        return authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
                .resourceId(processInstanceId).count();
    }

    private void assertCard(Map<String, Map<String, String>> cards, Task task, String reference, String severity) {
        assertThat(cards).as("the card of " + task.getName()).containsKey(task.getId());
        assertThat(cards.get(task.getId())).as(task.getName())
                .containsEntry("reference", reference)
                .containsEntry("customerName", CUSTOMER)
                .containsEntry("severity", severity)
                .containsEntry("caseOwner", "agent")
                .containsKey("due");
        assertThat(cards.get(task.getId()).get("due")).as("due date of " + task.getName()).isNotBlank();
    }

    private Map<String, Map<String, String>> cards(String user, String filter) {
        return cards(user, filter, Map.of());
    }

    /** The cards as Tasklist gets them: task id, then the embedded variables and the due date. */
    private Map<String, Map<String, String>> cards(String user, String filter, Map<String, Object> search) {
        String filterId = filterService.createFilterQuery().filterName(filter).singleResult().getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ACCEPT, "application/hal+json");
        ResponseEntity<String> list = desk.as(user).exchange("/engine-rest/filter/{id}/list?firstResult=0&maxResults=1000",
                HttpMethod.POST, new HttpEntity<>(search, headers), String.class, filterId);
        assertThat(list.getStatusCode()).as(user + " " + filter + ": " + list.getBody()).isEqualTo(HttpStatus.OK);
        Map<String, Map<String, String>> cards = new LinkedHashMap<>();
        for (JsonNode task : Desk.parse(list.getBody()).path("_embedded").path("task")) {
            Map<String, String> card = new LinkedHashMap<>();
            for (JsonNode variable : task.path("_embedded").path("variable")) {
                card.put(variable.path("name").asText(), variable.path("value").asText());
            }
            card.put("due", task.path("due").isTextual() ? task.path("due").asText() : "");
            cards.put(task.path("id").asText(), card);
        }
        return cards;
    }

    private HttpStatus readVariables(String user, String process) {
        return HttpStatus.valueOf(desk.as(user).getForEntity("/engine-rest/process-instance/{id}/variables", String.class,
                process).getStatusCode().value());
    }
}
