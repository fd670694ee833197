package com.bank.complaints.intake;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.lifecycle.ComplaintLifecycle;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A hotline or branch agent starts a complaint in Tasklist: the start form goes through the engine REST API. */
@DeskTest
class TasklistStartFormTest {

    private static final String SUBMIT_START_FORM =
            "/engine-rest/process-definition/key/" + ComplaintLifecycle.PROCESS_KEY + "/submit-form";

    @Autowired
    Desk desk;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;

    @Test
    @DisplayName("R-INTAKE-1/3 an agent's start form registers the complaint and makes its reference the business key")
    void startFormRegistersTheComplaint() {
        ResponseEntity<Map> response = submitStartForm("agent", with(feeComplaint(), "channel", "BRANCH"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        String reference = (String) response.getBody().get("businessKey");
        assertThat(reference).matches("CC-\\d{8}-\\d{6}");
        Complaint stored = complaints.find(reference).orElseThrow();
        assertThat(stored.details().channel()).isEqualTo(Channel.BRANCH);
        assertThat(stored.receivedBy()).isEqualTo("agent");
        String processId = (String) response.getBody().get("id");
        assertThat(runtimeService.getVariable(processId, Variables.REFERENCE)).isEqualTo(reference);
        assertThat(runtimeService.getVariable(processId, Variables.INTAKE_AGENT)).isEqualTo("agent");
    }

    @Test
    @DisplayName("R-INTAKE-2 the start form gets the API's checks on the server: a 400 naming each bad field, nothing started")
    void startFormIsValidatedOnTheServer() {
        long before = runtimeService.createProcessInstanceQuery().count();

        ResponseEntity<Map> response = submitStartForm("agent",
                with(with(feeComplaint(), "channel", "FAX"), "disputedAmount", -10));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) response.getBody().get("message")).contains("channel:", "disputedAmount:")
                .doesNotContain("Exception");
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    @DisplayName("only intake agents may start a complaint from Tasklist")
    void onlyAgentsStartComplaints() {
        assertThat(submitStartForm("handler", feeComplaint()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    @DisplayName("the start form is deployed with the process and linked to its start event")
    void startFormIsDeployedWithTheProcess() {
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(ComplaintLifecycle.PROCESS_KEY).latestVersion().singleResult();

        assertThat(repositoryService.getDeploymentResourceNames(definition.getDeploymentId()))
                .anyMatch(name -> name.endsWith("complaint-intake.form"))
                .anyMatch(name -> name.endsWith("investigate-complaint.form"));
        ResponseEntity<String> form = desk.as("agent").getForEntity(
                "/engine-rest/process-definition/{id}/deployed-start-form", String.class, definition.getId());
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("\"id\": \"complaint-intake\"");
    }

    private ResponseEntity<Map> submitStartForm(String user, Map<String, Object> fields) {
        Map<String, Object> variables = new LinkedHashMap<>();
        fields.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return desk.as(user).postForEntity(SUBMIT_START_FORM, Desk.json(Map.of("variables", variables)), Map.class);
    }
}
