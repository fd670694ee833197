package com.bank.complaints.triage;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 17.6 R-TRIAGE-5 on the whole application: complaint-triage.dmn's handling group decides who investigates. A
 * complaint of each new team's kind lands in that team's "My group's tasks", its demo user works it, and the
 * complaint handlers may not take it.
 */
@DeskTest
class HandlingTeamsTest {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
            new ParameterizedTypeReference<>() {
            };

    @Autowired
    CaseDriver cases;
    @Autowired
    Desk desk;
    @Autowired
    TaskService taskService;
    @Autowired
    FilterService filterService;

    @ParameterizedTest(name = "{1} investigates \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "riskhandler | risk-team | 我已委托代理维权公司，要求停息挂账",
            "opshandler | operations-team | The purchase shows the wrong amount on my statement.",
            "producthandler | product-team | The sales agent misled me: he said the installment plan was interest free."})
    @DisplayName("issue 17.6 R-TRIAGE-5 triage routes the investigation to the team of the complaint's kind; its demo user works it, the complaint handlers may not")
    void triageRoutesToTheTeam(String user, String team, String grievance) {
        String ref = cases.submit(with(feeComplaint(), "grievance", grievance));
        Task investigation = cases.task(ref, INVESTIGATE_COMPLAINT);

        assertThat(cases.variable(ref, Variables.HANDLING_GROUP)).isEqualTo(team);
        assertThat(taskService.getIdentityLinksForTask(investigation.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(team);
        assertThat(myGroupsTasks(user)).extracting(task -> task.get("id")).contains(investigation.getId());
        assertThat(desk.as("handler").postForEntity("/engine-rest/task/{id}/claim", Desk.json(Map.of("userId", "handler")),
                String.class, investigation.getId()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> done = desk.as(user).postForEntity("/engine-rest/task/{id}/complete", Desk.json(Map.of(
                "variables", Map.of(Variables.INVESTIGATION_NOTES, Map.of("value", "Checked.", "type", "String"),
                        Variables.EVIDENCE_NEEDED, Map.of("value", false, "type", "Boolean")))),
                String.class, investigation.getId());

        assertThat(done.getStatusCode().is2xxSuccessful()).as(done.getBody()).isTrue();
        assertThat(taskService.createTaskQuery().taskId(investigation.getId()).count()).isZero();
    }

    private List<Map<String, Object>> myGroupsTasks(String user) {
        String filterId = filterService.createFilterQuery().filterName("My group's tasks").singleResult().getId();
        return desk.as(user).exchange("/engine-rest/filter/{id}/list?firstResult=0&maxResults=1000", HttpMethod.GET, null,
                JSON_LIST, filterId).getBody();
    }
}
