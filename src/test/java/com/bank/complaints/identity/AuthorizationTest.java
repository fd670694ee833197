package com.bank.complaints.identity;

import static com.bank.complaints.lifecycle.ComplaintLifecycle.Variables.EVIDENCE_NEEDED;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Variables.INVESTIGATION_NOTES;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Variables.GRIEVANCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.TestComplaints;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Activities;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Who may see and do what through the engine REST API (the API Tasklist and Cockpit use), as the demo users. */
@DeskTest
class AuthorizationTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {
            };
    private static final String FIRST_RESPONSE = "Called the customer: the second fee will be refunded.";

    @Autowired
    Desk desk;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    FilterService filterService;
    @Autowired
    IdentitySetup identitySetup;
    @Autowired
    DemoUsers demoUsers;

    @Test
    void anonymousCallsToTheEngineRestApiAreRefused() {
        ResponseEntity<String> response = desk.anonymous().getForEntity("/engine-rest/task", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aWrongPasswordIsRefused() {
        ResponseEntity<String> response = desk.anonymous().withBasicAuth("handler", "wrong-password")
                .getForEntity("/engine-rest/task", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @DisplayName("R-TRIAGE-5 a complaint handler sees the new complaint's task")
    void handlerSeesTheComplaintsTask() {
        String reference = complaintWaitingForHandler();

        assertThat(ids(tasksVisibleTo("handler", reference))).containsExactly(handlerTask(reference).getId());
    }

    @Test
    @DisplayName("R-INTAKE-5 a complaint handler claims the task and so owns the case")
    void handlerClaimsTheTask() {
        String taskId = handlerTask(complaintWaitingForHandler()).getId();

        ResponseEntity<String> claim = claim("handler", taskId);

        assertThat(claim.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("handler");
    }

    @Test
    void handlerCompletesTheTaskTheyClaimed() {
        Task task = handlerTask(complaintWaitingForHandler());
        claim("handler", task.getId());

        ResponseEntity<String> completion = complete("handler", task.getId());

        assertThat(completion.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getDeleteReason())
                .isEqualTo("completed");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .variableName(INVESTIGATION_NOTES).singleResult().getValue()).isEqualTo(FIRST_RESPONSE);
    }

    @Test
    @DisplayName("R-REC-2 staff of another group do not see the complaint's task")
    void operationsDoNotSeeTheTask() {
        String reference = complaintWaitingForHandler();

        assertThat(tasksVisibleTo("ops", reference)).isEmpty();
    }

    @Test
    @DisplayName("R-REC-2 staff of another group cannot complete the complaint's task")
    void operationsCannotCompleteTheTask() {
        String taskId = handlerTask(complaintWaitingForHandler()).getId();

        ResponseEntity<String> completion = complete("ops", taskId);

        assertThat(completion.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    @DisplayName("R-REC-2 the intake agent cannot complete the handler's task")
    void intakeAgentCannotCompleteTheTask() {
        String taskId = handlerTask(complaintWaitingForHandler()).getId();

        ResponseEntity<String> completion = complete("agent", taskId);

        assertThat(completion.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void complianceOfficerReadsTheRunningProcessInstance() {
        String processInstanceId = desk.process(complaintWaitingForHandler()).getId();

        ResponseEntity<Map> response = desk.as("compliance")
                .getForEntity("/engine-rest/process-instance/{id}", Map.class, processInstanceId);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("id", processInstanceId);
    }

    @Test
    @DisplayName("R-REC-1 a compliance officer finds the complaint in the history")
    void complianceOfficerFindsTheProcessInstanceInTheHistory() {
        String reference = complaintWaitingForHandler();

        ResponseEntity<List<Map<String, Object>>> response = desk.as("compliance").exchange(
                "/engine-rest/history/process-instance?processInstanceBusinessKey={reference}", HttpMethod.GET, null,
                JSON_LIST, reference);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ids(response.getBody())).containsExactly(desk.process(reference).getId());
    }

    @Test
    void complianceOfficerReadsTheProcessVariables() {
        String processInstanceId = desk.process(complaintWaitingForHandler()).getId();

        ResponseEntity<Map> response = desk.as("compliance")
                .getForEntity("/engine-rest/process-instance/{id}/variables", Map.class, processInstanceId);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsKey(GRIEVANCE);
    }

    @Test
    void complianceOfficerCannotDeleteTheProcessInstance() {
        String processInstanceId = desk.process(complaintWaitingForHandler()).getId();

        ResponseEntity<String> response = desk.as("compliance").exchange("/engine-rest/process-instance/{id}",
                HttpMethod.DELETE, null, String.class, processInstanceId);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isOne();
    }

    @Test
    void complianceOfficerCannotChangeAProcessVariable() {
        String processInstanceId = desk.process(complaintWaitingForHandler()).getId();
        Object grievance = runtimeService.getVariable(processInstanceId, GRIEVANCE);

        ResponseEntity<String> response = desk.as("compliance").exchange(
                "/engine-rest/process-instance/{id}/variables/{name}", HttpMethod.PUT,
                Desk.json(Map.of("value", "changed by compliance", "type", "String")), String.class,
                processInstanceId, GRIEVANCE);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.getVariable(processInstanceId, GRIEVANCE)).isEqualTo(grievance);
    }

    @Test
    void complianceOfficerCannotCompleteTheTask() {
        String taskId = handlerTask(complaintWaitingForHandler()).getId();

        ResponseEntity<String> completion = complete("compliance", taskId);

        assertThat(completion.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
    }

    @Test
    void everyTasklistFilterExists() {
        assertThat(filterService.createTaskFilterQuery().list()).extracting(Filter::getName)
                .contains(TaskFilters.MY_GROUPS_TASKS, TaskFilters.MY_TASKS, TaskFilters.OVERDUE, TaskFilters.TEAM_TASKS);
    }

    @Test
    void complaintHandlerIsOfferedTheTaskWorkersFilters() {
        ResponseEntity<List<Map<String, Object>>> response = desk.as("handler")
                .exchange("/engine-rest/filter?resourceType=Task", HttpMethod.GET, null, JSON_LIST);

        assertThat(response.getBody()).extracting(filter -> filter.get("name"))
                .contains(TaskFilters.MY_GROUPS_TASKS, TaskFilters.MY_TASKS, TaskFilters.OVERDUE)
                .doesNotContain(TaskFilters.TEAM_TASKS);
    }

    @Test
    @DisplayName("R-TRIAGE-5 the handlers' \"My group's tasks\" filter lists the new complaint's task to claim")
    void myGroupsTasksFilterListsTheUnclaimedTask() {
        String taskId = handlerTask(complaintWaitingForHandler()).getId();

        assertThat(ids(filteredTasks("handler", TaskFilters.MY_GROUPS_TASKS))).contains(taskId);
    }

    @Test
    void teamTasksFilterListsTheTaskToTheSupervisor() {
        String taskId = handlerTask(complaintWaitingForHandler()).getId();

        assertThat(ids(filteredTasks("supervisor", TaskFilters.TEAM_TASKS))).contains(taskId);
    }

    @Test
    void everyStaffGroupHasOneDemoUser() {
        assertThat(AccessRules.GROUPS).allSatisfy(group ->
                assertThat(identityService.createUserQuery().memberOfGroup(group.id()).count())
                        .as("demo users in %s", group.id()).isOne());
    }

    @Test
    void runningTheSetupAgainDuplicatesNothing() {
        IdentityCounts before = identityCounts();

        identitySetup.run(null);
        demoUsers.run(null);

        assertThat(identityCounts()).isEqualTo(before);
    }

    private String complaintWaitingForHandler() {
        String reference = desk.accepted(TestComplaints.feeComplaint());
        desk.runJobs(reference);
        return reference;
    }

    private Task handlerTask(String reference) {
        return taskService.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(Activities.INVESTIGATE_COMPLAINT).singleResult();
    }

    private List<Map<String, Object>> tasksVisibleTo(String user, String reference) {
        return desk.as(user).exchange("/engine-rest/task?processInstanceBusinessKey={reference}", HttpMethod.GET, null,
                JSON_LIST, reference).getBody();
    }

    private List<Map<String, Object>> filteredTasks(String user, String filterName) {
        String filterId = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
        return desk.as(user).exchange("/engine-rest/filter/{id}/list", HttpMethod.GET, null, JSON_LIST, filterId)
                .getBody();
    }

    private ResponseEntity<String> claim(String user, String taskId) {
        return desk.as(user).postForEntity("/engine-rest/task/{id}/claim", Desk.json(Map.of("userId", user)),
                String.class, taskId);
    }

    private ResponseEntity<String> complete(String user, String taskId) {
        Map<String, Object> variables = Map.of(
                INVESTIGATION_NOTES, Map.of("value", FIRST_RESPONSE, "type", "String"),
                EVIDENCE_NEEDED, Map.of("value", false, "type", "Boolean"));
        return desk.as(user).postForEntity("/engine-rest/task/{id}/complete", Desk.json(Map.of("variables", variables)),
                String.class, taskId);
    }

    private static List<Object> ids(List<Map<String, Object>> resources) {
        return resources.stream().map(resource -> resource.get("id")).toList();
    }

    private IdentityCounts identityCounts() {
        long memberships = AccessRules.GROUPS.stream()
                .mapToLong(group -> identityService.createUserQuery().memberOfGroup(group.id()).count())
                .sum();
        return new IdentityCounts(identityService.createUserQuery().count(), identityService.createGroupQuery().count(),
                memberships, authorizationService.createAuthorizationQuery().count(),
                filterService.createFilterQuery().count());
    }

    /** What the identity setup and the demo users create, counted. */
    private record IdentityCounts(long users, long groups, long memberships, long authorizations, long filters) {
    }
}
