package com.bank.complaints.authority;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.lifecycle.ComplaintLifecycle;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 13, point 4 (issue 17.6: the risk, operations and product teams' users, the hand-over of ownership): least
 * privilege as a matrix. Every demo role tries every write the product offers (engine REST API, engine API where
 * Camunda's REST answers a refusal vaguely, our API) on a complaint of its own; each cell says allowed (+) or
 * refused (-) and the test asserts it.
 */
@DeskTest
class LeastPrivilegeMatrixTest {

    private static final List<String> ROLES = List.of("agent", "handler", "riskhandler", "opshandler", "producthandler",
            "supervisor", "ops", "legal", "compliance", "director", "admin");
    private static final String MATRIX = """
            action          agent handler riskhandler opshandler producthandler supervisor ops legal compliance director admin
            start               +       -           -          -              -          -   -     -          -        -     +
            complete            -       +           -          -              -          -   -     -          -        -     +
            claim               -       +           -          -              -          -   -     -          -        -     +
            assign              -       -           -          -              -          +   -     -          -        -     +
            delegate            -       -           -          -              -          +   -     -          -        -     +
            comment             -       +           -          -              -          -   -     -          -        -     +
            attachment          -       +           -          -              -          -   -     -          -        -     +
            variables           -       -           -          -              -          -   -     -          -        -     +
            extension           -       +           -          -              -          -   -     -          -        -     -
            patternReview       -       -           -          -              -          +   -     -          -        -     -
            improvement         -       -           -          -              -          +   -     -          -        +     +
            deployment          -       -           -          -              -          -   -     -          -        -     +
            jobRetry            -       -           -          -              -          -   -     -          -        -     +
            incidentResolve     -       -           -          -              -          -   -     -          -        -     +
            handover            +       -           -          -              -          +   -     -          -        -     -
            """;

    @Autowired
    Desk desk;
    @Autowired
    CaseDriver cases;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @TestFactory
    Stream<DynamicTest> everyRoleTriesEveryWrite() {
        List<DynamicTest> cells = new ArrayList<>();
        for (String line : MATRIX.strip().lines().skip(1).toList()) {
            String[] row = line.trim().split("\\s+");
            for (int i = 0; i < ROLES.size(); i++) {
                String role = ROLES.get(i);
                String action = row[0];
                boolean allowed = row[i + 1].equals("+");
                cells.add(dynamicTest("Issue 13.4 " + role + (allowed ? " may " : " may not ") + action,
                        () -> assertThat(tryAction(action, role)).as(role + " " + action).isEqualTo(allowed)));
            }
        }
        return cells.stream();
    }

    /** Performs the action as the role on a fresh complaint; true when it went through, false when refused. */
    private boolean tryAction(String action, String role) {
        return switch (action) {
            case "start" -> rest(desk.as(role).postForEntity("/engine-rest/process-definition/key/{key}/submit-form",
                    Desk.json(Map.of("variables", values(feeComplaint()))), String.class, ComplaintLifecycle.PROCESS_KEY));
            case "complete" -> rest(desk.as(role).postForEntity("/engine-rest/task/{id}/complete",
                    Desk.json(Map.of("variables", values(Map.of("investigationNotes", "Checked.", "evidenceNeeded", false)))),
                    String.class, investigation().getId()));
            case "claim" -> rest(desk.as(role).postForEntity("/engine-rest/task/{id}/claim",
                    Desk.json(Map.of("userId", role)), String.class, investigation().getId()));
            case "assign" -> rest(desk.as(role).postForEntity("/engine-rest/task/{id}/assignee",
                    Desk.json(Map.of("userId", "handler")), String.class, investigation().getId()));
            case "delegate" -> rest(desk.as(role).postForEntity("/engine-rest/task/{id}/delegate",
                    Desk.json(Map.of("userId", "handler")), String.class, investigation().getId()));
            case "comment" -> {
                String task = investigation().getId();
                yield engine(role, () -> taskService.createComment(task, null, "Noted."));
            }
            case "attachment" -> {
                String task = investigation().getId();
                yield engine(role, () -> taskService.createAttachment("text/plain", task, null, "note", "A note",
                        "https://dms.bank.example/doc/2"));
            }
            case "variables" -> rest(desk.as(role).exchange("/engine-rest/process-instance/{id}/variables/remedyAmount",
                    HttpMethod.PUT, Desk.json(Map.of("value", 1)), String.class, processOfNewComplaint()));
            case "extension" -> rest(desk.as(role).postForEntity("/api/complaints/{r}/extension",
                    Desk.json(Map.of("reason", "Waiting for the merchant's statement.")), String.class,
                    cases.submit(feeComplaint())));
            case "patternReview" -> passedAuthorization(desk.as(role).postForEntity("/api/pattern-flags/{id}/review",
                    Desk.json(Map.of("verdict", "MALICIOUS", "note", "Probe.")), String.class, 999_999));
            case "improvement" -> rest(desk.as(role).postForEntity("/api/improvement-actions", Desk.json(Map.of(
                    "axis", "PROCESS", "cause", "FEE_RULES_UNCLEAR", "title", "Clearer fee rules", "owner", "handler",
                    "dueOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString())), String.class));
            case "deployment" -> rest(desk.as(role).postForEntity("/engine-rest/deployment/create", deployment(role),
                    String.class));
            case "jobRetry" -> rest(desk.as(role).exchange("/engine-rest/job/{id}/retries", HttpMethod.PUT,
                    Desk.json(Map.of("retries", 5)), String.class, timerOfNewComplaint()));
            case "incidentResolve" -> rest(desk.as(role).exchange("/engine-rest/incident/{id}", HttpMethod.DELETE, null,
                    String.class, incidentOfNewComplaint()));
            case "handover" -> rest(desk.as(role).postForEntity("/api/complaints/{r}/ownership/handover",
                    Desk.json(Map.of("to", "handler", "note", "Over to the handler.")), String.class,
                    cases.submit(feeComplaint())));
            default -> throw new IllegalArgumentException(action);
        };
    }

    private Task investigation() {
        return cases.task(cases.submit(feeComplaint()), INVESTIGATE_COMPLAINT);
    }

    private String processOfNewComplaint() {
        return cases.process(cases.submit(feeComplaint())).getId();
    }

    private String timerOfNewComplaint() {
        return managementService.createJobQuery().processInstanceId(processOfNewComplaint()).timers().list().get(0).getId();
    }

    private String incidentOfNewComplaint() {
        Incident incident = runtimeService.createIncident("probe", investigation().getExecutionId(), "matrix");
        return incident.getId();
    }

    private static HttpEntity<Object> deployment(String role) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(deploymentParts(role), headers);
    }

    private static LinkedMultiValueMap<String, Object> deploymentParts(String role) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "probe-" + role);
        parts.add("probe.form", new ByteArrayResource(
                "{\"id\":\"probe\",\"type\":\"default\",\"components\":[]}".getBytes()) {
            @Override
            public String getFilename() {
                return "probe.form";
            }
        });
        return parts;
    }

    private boolean engine(String role, Runnable action) {
        try {
            cases.as(role, action);
            return true;
        } catch (AuthorizationException refused) {
            return false;
        }
    }

    /** Allowed is 2xx; refused is 403. Anything else is neither and fails the cell. */
    private static boolean rest(ResponseEntity<String> response) {
        HttpStatusCode status = response.getStatusCode();
        if (status.is2xxSuccessful()) {
            return true;
        }
        assertThat(status.value()).as("a refusal, not an error: " + response.getBody()).isEqualTo(403);
        return false;
    }

    /** For a write on nothing: past authorization means a 404 for the probe, refused means 403. */
    private static boolean passedAuthorization(ResponseEntity<String> response) {
        assertThat(response.getStatusCode().value()).as(response.getBody()).isIn(403, 404);
        return response.getStatusCode().value() == 404;
    }

    private static Map<String, Object> values(Map<String, Object> variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        variables.forEach((name, value) -> values.put(name, Map.of("value", value)));
        return values;
    }
}
