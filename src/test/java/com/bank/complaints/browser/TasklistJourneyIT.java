package com.bank.complaints.browser;

import static com.bank.complaints.TestComplaints.cardFraudComplaint;
import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPLY_PROTECTIVE_MEASURES;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPROVE_PROPOSAL;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.PROPOSE_REMEDY;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_CUSTOMER_DECISION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_FINDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.DeskTest;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Groups;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.sla.SlaClock;
import com.bank.complaints.sla.SlaEvents;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The people of the complaint desk in a real browser (headless Chromium) on the running app:
 * an agent registers a complaint in Tasklist (a), a handler investigates it and proposes a refund (b),
 * a supervisor approves (c), operations do not see the handlers' work (d), and a compliance officer
 * finds an SLA breach in Cockpit (e). Journeys a to d carry one complaint on, in order; the engine's
 * asynchronous steps run when the test says so (the job executor is off in tests). Screenshots of
 * every step: target/screenshots.
 */
@DeskTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistJourneyIT {

    private static final String MY_GROUPS_TASKS = "My group's tasks";
    private static final String MY_TASKS = "My tasks";
    private static final String OVERDUE = "Overdue";
    /** The customer of the complaint the agent registers; unique, so the test finds its row. */
    private static final String CUSTOMER_ID = "C-WEB-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    private static final LocalDate TRANSACTION_DATE = LocalDate.now().minusDays(10);

    /** The complaint of journeys a to d (registered in a). */
    private static String reference;

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver cases;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (browser != null && context.getExecutionException().isPresent()) {
            browser.saveFailure(context.getRequiredTestMethod().getName());
        }
    };

    @BeforeAll
    static void clearScreenshots() {
        Browser.clearScreenshots();
    }

    /** Each journey reports itself skipped, with the reason, where Chromium is missing (CI installs it). */
    @BeforeEach
    void chromiumIsInstalled() {
        Browser.assumeInstalled();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    @DisplayName("a. R-INTAKE-1/2 an agent registers a complaint with the Tasklist start form; a malformed e-mail and a missing contact are refused first")
    void agentRegistersAComplaintInTasklist() {
        browser = Browser.open("a");
        browser.login(tasklist(), "agent");
        browser.shot("agent-logged-in");

        browser.click(By.cssSelector("li.start-process-action a"));
        browser.click(By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)='Complaint lifecycle']"));
        browser.visible(By.xpath("//form[contains(@class,'fjs-form')]//h2[starts-with(normalize-space(.),'Register a complaint')]"));
        browser.shot("start-form");

        browser.choose("Channel /", "Branch counter / 网点柜台");
        browser.tick("English");
        browser.type("Customer id", CUSTOMER_ID);
        browser.type("Customer name", "Wang Fang");
        browser.type("E-mail", "wang.fang(at)example.com");
        browser.type("Card or installment contract number", "INST-2026-000777");
        browser.choose("Product", "Installment plan / 分期业务");
        browser.type("Business period", "12 periods, 2026-03 to 2027-02");
        browser.type("Transaction date", TRANSACTION_DATE.format(DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        browser.type("Core grievance", "The installment fee was charged twice in October.");
        browser.type("Outcome the customer expects", "Refund the second fee.");
        browser.type("Disputed amount", "128.50");
        browser.choose("Customer's emotional state", "Dissatisfied / 不满");

        // form-js checks the e-mail in the browser and Tasklist will not start with it
        assertThat(browser.validationMessage("E-mail")).isEqualTo("Field must be a valid email.");
        browser.until(() -> !browser.isEnabled(startButton()));
        browser.shot("malformed-email-refused-in-the-browser");

        // no phone and no e-mail: only the server knows the rule, and Tasklist shows its refusal
        browser.type("E-mail", "");
        browser.click(startButton());
        String refusal = browser.textAppears(By.cssSelector(".modal-dialog .notifications .alert-danger"), "customerPhone").getText();
        assertThat(refusal).contains("The complaint was not accepted", "customerPhone", "customerEmail");
        browser.shot("missing-contact-refused-by-the-server");
        assertThat(complaintRows()).as("a refused start registers nothing").isEmpty();

        browser.type("E-mail", "wang.fang@example.com");
        browser.click(startButton());
        browser.textAppears(By.cssSelector(".page-notifications"), "The process has been started.");
        browser.gone(By.cssSelector(".modal-dialog"));
        browser.shot("complaint-registered");

        List<Map<String, Object>> rows = complaintRows();
        assertThat(rows).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("CHANNEL", "BRANCH").containsEntry("LANGUAGE", "en")
                .containsEntry("CUSTOMER_EMAIL", "wang.fang@example.com").containsEntry("RECEIVED_BY", "agent")
                .containsEntry("DISPUTED_AMOUNT", new BigDecimal("128.50"))
                .containsEntry("TRANSACTION_DATE", java.sql.Date.valueOf(TRANSACTION_DATE)));
        reference = (String) rows.get(0).get("REFERENCE");
        assertThat(cases.process(reference)).as("the lifecycle runs under the complaint's reference").isNotNull();
        assertThat(cases.variable(reference, Variables.INTAKE_AGENT)).isEqualTo("agent");
        cases.runJobs(reference);
        assertThat(cases.openTasks(reference)).containsExactly(INVESTIGATE_COMPLAINT);
    }

    @Test
    @Order(2)
    @DisplayName("b. R-INV-1/4 R-RES-1 a handler claims the complaint in \"My group's tasks\", investigates, records the finding and proposes a refund of 800")
    void handlerInvestigatesAndProposesARefund() {
        assumeComplaintRegistered();
        browser = Browser.open("b");
        browser.login(tasklist(), "handler");

        Task investigation = openTask(reference, INVESTIGATE_COMPLAINT);
        assertThat(browser.valueOf("Reference")).isEqualTo(reference);
        browser.shot("investigation-task-in-my-groups-tasks");
        browser.claim();
        browser.tick("Installment contract");
        browser.tick("Transaction ledger");
        browser.type("Investigation notes", "Contract, ledger and call recording checked.");
        browser.shot("investigation-filled");
        completeAndRunJobs(investigation);
        assertThat(cases.variable(reference, Variables.INVESTIGATION_NOTES)).isEqualTo("Contract, ledger and call recording checked.");
        assertThat(cases.variable(reference, Variables.EVIDENCE_NEEDED)).isEqualTo(false);
        assertThat(cases.variable(reference, "ledgerChecked")).isEqualTo(true);

        Task finding = openTask(reference, RECORD_FINDING);
        browser.claim();
        browser.choose("Finding /", "Fact-clear / 事实清楚");
        browser.type("Finding in detail", "The second installment fee was charged by a system fault.");
        browser.shot("finding-filled");
        completeAndRunJobs(finding);
        assertThat(cases.variable(reference, Variables.FINDING)).isEqualTo("FACT_CLEAR");

        Task proposal = openTask(reference, PROPOSE_REMEDY);
        browser.claim();
        browser.choose("Remedy /", "Refund / 退款");
        browser.type("Amount (CNY)", "800");
        browser.type("Remedy in detail", "Refund of the duplicated installment fee, 800.00 CNY.");
        browser.shot("proposal-refund-800");
        completeAndRunJobs(proposal);

        assertThat(cases.variable(reference, Variables.REMEDY_TYPE)).isEqualTo("REFUND");
        assertThat(((Number) cases.variable(reference, Variables.REMEDY_AMOUNT)).doubleValue()).isEqualTo(800.0);
        assertThat(cases.variable(reference, Variables.PROPOSED_BY)).isEqualTo("handler");
        assertThat(cases.variable(reference, Variables.APPROVAL_LEVEL)).isEqualTo("SUPERVISOR");
        assertThat(cases.openTasks(reference)).containsExactly(APPROVE_PROPOSAL);
    }

    @Test
    @Order(3)
    @DisplayName("c. R-RES-2 a supervisor approves the handler's proposal in \"Approve proposal\"")
    void supervisorApprovesTheProposal() {
        assumeComplaintRegistered();
        assumeTrue(cases.task(reference, APPROVE_PROPOSAL) != null, "journey b left no proposal to approve");
        browser = Browser.open("c");
        browser.login(tasklist(), "supervisor");

        Task approval = openTask(reference, APPROVE_PROPOSAL);
        assertThat(browser.valueOf("Remedy /")).isEqualTo("Refund / 退款");
        assertThat(browser.valueOf("Amount (CNY)")).startsWith("800");
        assertThat(browser.valueOf("Proposed by")).isEqualTo("handler");
        browser.shot("proposal-to-approve");
        browser.claim();
        browser.tick("Approve / 批准");
        browser.shot("approved");
        completeAndRunJobs(approval);

        assertThat(cases.variable(reference, Variables.PROPOSAL_APPROVED)).isEqualTo(true);
        assertThat(cases.variable(reference, Variables.APPROVED_BY)).isEqualTo("supervisor");
        assertThat(cases.openTasks(reference)).containsExactly(RECORD_CUSTOMER_DECISION);
    }

    @Test
    @Order(4)
    @DisplayName("d. operations see their own group's tasks but none of the handlers' tasks, in any of their filters")
    void operationsDoNotSeeTheHandlersTasks() {
        // a new complaint waits for the handlers; a card fraud takes the green channel, with a task for operations
        String waiting = cases.submit(feeComplaint());
        String fraud = cases.submit(cardFraudComplaint());
        Task protectiveMeasures = cases.task(fraud, APPLY_PROTECTIVE_MEASURES);
        List<String> handlerTasks = handlersOnlyTasks(Stream.of(reference, waiting, fraud).filter(ref -> ref != null).toList());
        assertThat(handlerTasks).as("open tasks only the complaint handlers may work on")
                .contains(cases.task(waiting, INVESTIGATE_COMPLAINT).getId());

        browser = Browser.open("d");
        browser.login(tasklist(), "ops");
        assertThat(browser.filterNames()).containsExactly(MY_GROUPS_TASKS, MY_TASKS, OVERDUE);

        browser.showFilter(MY_GROUPS_TASKS);
        browser.listedTask(protectiveMeasures.getId());
        assertThat(browser.listedTaskIds()).contains(protectiveMeasures.getId()).doesNotContainAnyElementsOf(handlerTasks);
        browser.shot("ops-my-groups-tasks");
        for (String filter : List.of(MY_TASKS, OVERDUE)) {
            browser.showFilter(filter);
            assertThat(browser.listedTaskIds()).as(filter).doesNotContainAnyElementsOf(handlerTasks);
            browser.shot("ops-" + filter.toLowerCase().replace(' ', '-'));
        }
    }

    @Test
    @Order(5)
    @DisplayName("e. R-INTAKE-4 / R-AN-3 a compliance officer sees the slaBreach incident of a late first response in Cockpit, and the breach counted on the dashboard")
    void complianceOfficerSeesTheSlaBreachInCockpit() {
        String late = cases.submit(feeComplaint());
        assertThat(cases.openTasks(late)).containsExactly(INVESTIGATE_COMPLAINT);
        cases.fireTimer(late, SlaClock.FIRST_RESPONSE.breachTimer());
        String processId = cases.process(late).getId();
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(processId)
                .incidentType(SlaEvents.INCIDENT_TYPE).singleResult();
        assertThat(incident).as("the breach raised an incident").isNotNull();

        browser = Browser.open("e");
        browser.login(cockpit(), "compliance");
        browser.visible(By.xpath("//*[normalize-space(.)='Open Incidents']"));
        browser.shot("cockpit-dashboard");
        browser.click(By.xpath("//ul//a[normalize-space(.)='Processes']"));
        browser.click(By.xpath("//table//a[normalize-space(.)='Complaint lifecycle']"));
        browser.visible(By.cssSelector("a[href*='/process-instance/" + processId + "']"));
        browser.shot("complaint-lifecycle-instances");
        browser.click(By.cssSelector("a[href*='/process-instance/" + processId + "']"));
        browser.textAppears(By.cssSelector("body"), late);

        browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Incidents']"));
        assertThat(browser.text(By.cssSelector("table.incidents-tab tbody td.type"))).isEqualTo(SlaEvents.INCIDENT_TYPE);
        assertThat(browser.text(By.cssSelector("table.incidents-tab tbody td.message")))
                .contains("SLA breached: first response", "Investigation");
        browser.shot("slaBreach-incident");

        browser.openStaffPage("http://localhost:" + port + "/dashboard", "compliance");
        int breaches = Integer.parseInt(browser.text(By.cssSelector("#kpi-breaches .figure")).trim());
        assertThat(breaches).as("breaches counted on the dashboard").isGreaterThanOrEqualTo(1);
        browser.visible(By.cssSelector("#chart-breaches"));
        browser.shot("dashboard-counts-the-breach");
    }

    /** Shows "My group's tasks", finds the complaint's task there by its id and opens it. */
    private Task openTask(String ref, String activityId) {
        browser.until(() -> cases.task(ref, activityId) != null);
        Task task = cases.task(ref, activityId);
        browser.showFilter(MY_GROUPS_TASKS);
        assertThat(browser.listedTask(task.getId()).getText()).isEqualTo(task.getName());
        browser.openTask(task.getId());
        return task;
    }

    /** Completes the open task in Tasklist, waits for the engine, then runs the asynchronous steps that follow. */
    private void completeAndRunJobs(Task task) {
        browser.complete();
        browser.until(() -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
        browser.shot(task.getTaskDefinitionKey().replace("Task_", "") + "-completed");
        cases.runJobs(reference);
    }

    /** Ids of the open tasks of these complaints offered to the complaint handlers and not to operations. */
    private List<String> handlersOnlyTasks(List<String> references) {
        List<String> ids = new ArrayList<>();
        for (String ref : references) {
            for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(ref).list()) {
                List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                        .map(IdentityLink::getGroupId).toList();
                if (groups.contains(Groups.COMPLAINT_HANDLERS) && !groups.contains(Groups.OPERATIONS)) {
                    ids.add(task.getId());
                }
            }
        }
        return ids;
    }

    private List<Map<String, Object>> complaintRows() {
        return jdbc.queryForList("SELECT reference, channel, language, customer_email, received_by, disputed_amount, "
                + "transaction_date FROM complaint WHERE customer_id = ?", CUSTOMER_ID);
    }

    private static By startButton() {
        return By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Start']");
    }

    private static void assumeComplaintRegistered() {
        assumeTrue(reference != null, "journey a registered no complaint");
    }

    private String tasklist() {
        return "http://localhost:" + port + "/camunda/app/tasklist/";
    }

    private String cockpit() {
        return "http://localhost:" + port + "/camunda/app/cockpit/";
    }
}
