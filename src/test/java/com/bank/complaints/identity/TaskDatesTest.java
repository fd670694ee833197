package com.bank.complaints.identity;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPROVE_PROPOSAL;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.DUAL_REVIEW;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_CUSTOMER_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 16 point 2: due and follow-up dates are set and reset on every task, as Tasklist does it: it reads the
 * task, changes one date and sends the whole task back (PUT .../task/{id}), form reference included, which the
 * engine REST API refused with 400 "Cannot construct instance of CamundaFormRef". Those who work the task may
 * do so, nobody else (administrators aside).
 */
@DeskTest
class TaskDatesTest {

    /** The engine REST API's date format, which Tasklist sends. */
    private static final String DATE_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";
    private static final AtomicInteger ADDRESS = new AtomicInteger(160);

    @Autowired
    Desk desk;
    @Autowired
    CaseDriver cases;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate http;

    @Test
    @DisplayName("Issue 16.2 a handler sets a follow-up and a new due date on a task with a Camunda Form, then resets both: Tasklist's own request, on the engine REST API")
    void handlerSetsAndResetsDatesOnTheEngineRestApi() {
        Task task = investigation(cases.submit(feeComplaint()));
        Date followUp = inHours(20);
        Date due = inHours(30);

        ObjectNode body = engineRestTask("handler", task.getId());
        assertThat(body.path("camundaFormRef").path("key").asText())
                .as("the task has a Camunda Form and the answer still names it").isEqualTo("investigate-complaint");
        body.put("followUp", format(followUp)).put("due", format(due));
        ResponseEntity<String> first = putEngineRest("handler", task.getId(), body);
        assertThat(first.getStatusCode()).as(first.getBody() + " for " + body).isEqualTo(HttpStatus.NO_CONTENT);

        Task stored = stored(task);
        assertThat(stored.getFollowUpDate()).hasSameTimeAs(followUp);
        assertThat(stored.getDueDate()).hasSameTimeAs(due);
        assertThat(stored.getName()).isEqualTo(task.getName());
        assertThat(stored.getPriority()).isEqualTo(task.getPriority());

        ObjectNode again = engineRestTask("handler", task.getId());
        again.putNull("followUp").putNull("due");
        assertThat(putEngineRest("handler", task.getId(), again).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(stored(task).getFollowUpDate()).isNull();
        assertThat(stored(task).getDueDate()).isNull();
    }

    @Test
    @DisplayName("Issue 16.2 the same through the webapps' engine API that Tasklist calls (session and CSRF token): the HAL task read, _links and _embedded dropped, the rest sent back")
    void handlerSetsAFollowUpDateThroughTasklistsEngineApi() {
        Task task = investigation(cases.submit(feeComplaint()));
        Date followUp = inHours(6);
        Source.WebappSession browser = new Source(http, "198.51.100." + ADDRESS.incrementAndGet()).webappSession()
                .loggedIn("handler", Desk.DEMO_PASSWORD);
        String url = "/camunda/api/engine/engine/default/task/" + task.getId();

        HttpHeaders read = sessionHeaders(browser);
        read.set(HttpHeaders.ACCEPT, "application/hal+json, application/json; q=0.5");
        ResponseEntity<String> got = http.exchange(url, HttpMethod.GET, new HttpEntity<>(read), String.class);
        assertThat(got.getStatusCode()).isEqualTo(HttpStatus.OK);
        ObjectNode body = (ObjectNode) Desk.parse(got.getBody());
        assertThat(body.has("camundaFormRef")).isTrue();
        body.remove(List.of("_links", "_embedded"));
        body.put("followUp", format(followUp));

        HttpHeaders write = sessionHeaders(browser);
        write.setContentType(MediaType.APPLICATION_JSON);
        write.set("X-XSRF-TOKEN", browser.csrfToken());
        ResponseEntity<String> put = http.exchange(url, HttpMethod.PUT, new HttpEntity<>(body.toString(), write), String.class);

        assertThat(put.getStatusCode()).as(put.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(stored(task).getFollowUpDate()).hasSameTimeAs(followUp);
        assertThat(stored(task).getDueDate()).hasSameTimeAs(task.getDueDate());
    }

    @Test
    @DisplayName("Issue 16.2 only those who work a task set its dates: its candidate group and administrators; not supervisors (who may reassign it), operations, compliance or the director")
    void onlyThoseWhoWorkTheTaskSetItsDates() {
        Task task = investigation(cases.submit(feeComplaint()));
        ObjectNode body = engineRestTask("admin", task.getId());

        for (String outsider : List.of("supervisor", "ops", "compliance", "director", "agent")) {
            body.put("followUp", format(inHours(1)));
            assertThat(putEngineRest(outsider, task.getId(), body).getStatusCode()).as(outsider)
                    .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        }
        assertThat(stored(task).getFollowUpDate()).as("nobody outside the task changed it").isNull();

        for (String worker : List.of("handler", "admin")) {
            Date followUp = inHours(worker.length());
            body.put("followUp", format(followUp));
            assertThat(putEngineRest(worker, task.getId(), body).getStatusCode()).as(worker).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(stored(task).getFollowUpDate()).as(worker).hasSameTimeAs(followUp);
        }
    }

    @Test
    @DisplayName("Issue 16.2 R-EXEC-2 the executor of a remedy, a candidate of its dual review but revoked from it, may not set the review's dates; operations may")
    void theRevokedExecutorSetsNoDatesOnTheDualReview() {
        String ref = cases.submit(feeComplaint());
        cases.investigate(ref, "FACT_CLEAR");
        cases.propose(ref, "handler", "REFUND", 800);
        cases.complete(ref, APPROVE_PROPOSAL, "supervisor", Map.of(Variables.PROPOSAL_APPROVED, true));
        cases.complete(ref, RECORD_CUSTOMER_DECISION, "handler", Map.of(Variables.CUSTOMER_ACCEPTED, true));
        Task review = cases.task(ref, DUAL_REVIEW);
        assertThat(review).as("the refund was posted and waits for its dual review; open: " + cases.openTasks(ref)).isNotNull();
        assertThat(cases.variable(ref, Variables.EXECUTED_BY)).isEqualTo("supervisor");
        ObjectNode body = engineRestTask("ops", review.getId());

        body.put("followUp", format(inHours(2)));
        assertThat(putEngineRest("supervisor", review.getId(), body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(stored(review).getFollowUpDate()).isNull();

        Date followUp = inHours(3);
        body.put("followUp", format(followUp));
        assertThat(putEngineRest("ops", review.getId(), body).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(stored(review).getFollowUpDate()).hasSameTimeAs(followUp);
    }

    @Test
    @DisplayName("Issue 16.2 a handler who sends more than dates (a new name or priority) is refused by the engine as before, and nothing changes")
    void moreThanDatesStaysRefused() {
        Task task = investigation(cases.submit(feeComplaint()));

        ObjectNode renamed = engineRestTask("handler", task.getId());
        renamed.put("name", "Nothing to do").put("followUp", format(inHours(4)));
        ObjectNode reprioritised = engineRestTask("handler", task.getId());
        reprioritised.put("priority", 1);

        assertThat(putEngineRest("handler", task.getId(), renamed).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(putEngineRest("handler", task.getId(), reprioritised).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Task stored = stored(task);
        assertThat(stored.getName()).isEqualTo(task.getName());
        assertThat(stored.getPriority()).isEqualTo(task.getPriority());
        assertThat(stored.getFollowUpDate()).isNull();
    }

    private Task investigation(String reference) {
        return cases.task(reference, INVESTIGATE_COMPLAINT);
    }

    private ObjectNode engineRestTask(String user, String taskId) {
        return (ObjectNode) desk.read(user, "/engine-rest/task/" + taskId);
    }

    private ResponseEntity<String> putEngineRest(String user, String taskId, ObjectNode body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return desk.as(user).exchange("/engine-rest/task/{id}", HttpMethod.PUT, new HttpEntity<>(body.toString(), headers),
                String.class, taskId);
    }

    private static HttpHeaders sessionHeaders(Source.WebappSession browser) {
        HttpHeaders headers = browser.source().headers();
        headers.set(HttpHeaders.COOKIE, browser.cookies().entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
        return headers;
    }

    private Task stored(Task task) {
        return taskService.createTaskQuery().taskId(task.getId()).singleResult();
    }

    /** Whole seconds, as Tasklist's date picker gives them. */
    private static Date inHours(int hours) {
        return Date.from(Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
    }

    private static String format(Date date) {
        return new SimpleDateFormat(DATE_FORMAT).format(date);
    }
}
