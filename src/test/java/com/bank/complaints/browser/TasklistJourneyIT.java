package com.bank.complaints.browser;

import static com.bank.complaints.TestComplaints.cardFraudComplaint;
import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPLY_PROTECTIVE_MEASURES;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPROVE_PROPOSAL;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.PROPOSE_REMEDY;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_CUSTOMER_DECISION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_FINDING;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.REGULATORY_DEADLINE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.REPLY_DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The people of the complaint desk in a real browser (headless Chromium) on the running app:
 * an agent registers a complaint in Tasklist (a), a handler investigates it and proposes a refund (b),
 * a supervisor approves (c), operations do not see the handlers' work (d), a compliance officer
 * finds an SLA breach in Cockpit (e) and drills from the lifecycle's outline into a stage there (f). Journeys a to d carry one complaint on, in order; the engine's
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
    final Browsers browsers = new Browsers();

    @BeforeAll
    static void clearScreenshots() {
        Browser.clearScreenshots();
    }

    @Test
    @Order(1)
    @DisplayName("a. R-INTAKE-1/2 an agent registers a complaint with the Tasklist start form; a malformed e-mail and a missing contact are refused first")
    void agentRegistersAComplaintInTasklist() {
        browser = browsers.open("a");
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
        browser.type("Transaction date", TRANSACTION_DATE.toString());
        browser.type("Core grievance", "The installment fee was charged twice in October.");
        browser.type("Outcome the customer expects", "Refund the second fee.");
        browser.type("Disputed amount", "128.50");
        browser.choose("Customer's emotional state", "Dissatisfied / 不满");

        // form-js checks the e-mail in the browser and Tasklist will not start with it
        assertThat(browser.validationMessage("E-mail"))
                .isEqualTo("An e-mail address such as name@example.com / 请填写有效的电子邮箱，例如 name@example.com");
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
        browser = browsers.open("b");
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
        browser = browsers.open("c");
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

        browser = browsers.open("d");
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
    @DisplayName("e. R-INTAKE-4 / R-AN-3 a compliance officer sees the slaBreach incident of a late reply in Cockpit, on the case's regulatory frame, and the breach counted on the dashboard")
    void complianceOfficerSeesTheSlaBreachInCockpit() {
        String late = cases.submit(feeComplaint());
        assertThat(cases.openTasks(late)).containsExactly(INVESTIGATE_COMPLAINT);
        // the first answer went out right after triage, so the first-response clock no longer breaches:
        // the reply clock runs until the solution is offered
        cases.fireTimer(late, SlaClock.REPLY.breachTimer());
        String processId = cases.process(late).getId();
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(processId)
                .incidentType(SlaEvents.INCIDENT_TYPE).singleResult();
        assertThat(incident).as("the breach raised an incident").isNotNull();
        assertThat(incident.getConfiguration()).isEqualTo(SlaClock.REPLY.name());
        assertThat(incident.getActivityId()).as("the incident hangs on the case's regulatory frame, which lives until the case is archived")
                .isEqualTo(REGULATORY_DEADLINE);

        browser = browsers.open("e");
        browser.login(cockpit(), "compliance");
        browser.visible(By.xpath("//*[normalize-space(.)='Open Incidents']"));
        browser.shot("cockpit-dashboard");
        browser.click(By.xpath("//ul//a[normalize-space(.)='Processes']"));
        browser.click(By.xpath("//table//a[normalize-space(.)='Complaint lifecycle']"));
        browser.visible(By.cssSelector("a[href*='/process-instance/" + processId + "']"));
        browser.shot("complaint-lifecycle-instances");
        browser.click(By.cssSelector("a[href*='/process-instance/" + processId + "']"));
        browser.textAppears(By.cssSelector("body"), late);
        // the incident hangs on the regulatory frame, which the outline shows: its red badge is there
        WebElement incidentBadge = browser.visible(overlay(REGULATORY_DEADLINE, ".badge.instance-incidents"));
        assertThat(incidentBadge.getText().trim()).isEqualTo("1");
        browser.shot("slaBreach-on-the-regulatory-frame");

        browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Incidents']"));
        assertThat(browser.text(By.cssSelector("table.incidents-tab tbody td.type"))).isEqualTo(SlaEvents.INCIDENT_TYPE);
        assertThat(browser.text(By.cssSelector("table.incidents-tab tbody td.message")))
                .startsWith("SLA breached: " + late).contains(late + " reply was due", "stage Investigation");
        browser.shot("slaBreach-incident");

        browser.openStaffPage("http://localhost:" + port + "/dashboard", "compliance");
        int breaches = Integer.parseInt(browser.text(By.cssSelector("#kpi-breaches .figure")).trim());
        assertThat(breaches).as("breaches counted on the dashboard").isGreaterThanOrEqualTo(1);
        browser.visible(By.cssSelector("#chart-breaches"));
        browser.shot("dashboard-counts-the-breach");
    }

    @Test
    @Order(6)
    @DisplayName("R-AN-3 / issue 15 in Cockpit a compliance officer sees the lifecycle's outline one screen wide, with the waiting stage's badge, drills into Investigation and finds the waiting task's badge there")
    void complianceOfficerDrillsIntoAStageInCockpit() {
        String waiting = cases.submit(feeComplaint());
        assertThat(cases.openTasks(waiting)).containsExactly(INVESTIGATE_COMPLAINT);
        String processId = cases.process(waiting).getId();

        browser = browsers.open("f", 1920, 1080);
        browser.login(cockpit(), "compliance");
        browser.go(cockpit() + "#/process-instance/" + processId + "/runtime");
        browser.textAppears(By.cssSelector("body"), waiting);

        // the top level: the outline, Investigation a collapsed stage with bpmn-js's drill-down button
        // and Cockpit's badge of its one running activity instance; the task inside is not on this plane
        browser.visible(shape(INVESTIGATION));
        assertThat(browser.present(shape(INVESTIGATE_COMPLAINT))).as("the task is drawn on the stage's own plane only").isFalse();
        WebElement drillDown = browser.visible(overlay(INVESTIGATION, ".djs-overlay-drilldown button.bjs-drilldown"));
        WebElement stageBadge = browser.visible(overlay(INVESTIGATION, ".badge.instance-count"));
        assertThat(stageBadge.getText().trim()).as("running instances of the stage").isEqualTo("1");
        browser.until(() -> visibleBadges().contains(REPLY_DEADLINE + " instance-count 1"));
        assertThat(visibleBadges()).as("the badges of the top level")
                .containsExactlyInAnyOrder(REGULATORY_DEADLINE + " instance-count 1", REPLY_DEADLINE + " instance-count 1",
                        INVESTIGATION + " instance-count 1");
        assertThat(browser.shown(By.cssSelector(".bjs-breadcrumbs"))).as("no breadcrumbs at the top level").isFalse();
        assertThat(drillDown.getDomAttribute("class")).doesNotContain("bjs-drilldown-empty");

        // one screen wide: after Cockpit's fit-to-viewport the whole outline lies inside the canvas
        Map<String, Object> top = canvasGeometry(REGULATORY_DEADLINE);
        double zoom = number(top, "zoom");
        assertThat(number(top, "diagramLeft")).as("the outline's left edge").isGreaterThanOrEqualTo(number(top, "canvasLeft") - 1);
        assertThat(number(top, "diagramRight")).as("the outline's right edge").isLessThanOrEqualTo(number(top, "canvasRight") + 1);
        assertThat(number(top, "frameWidth")).as("the regulatory frame on the screen")
                .isLessThanOrEqualTo(number(top, "canvasWidth"));
        assertThat(zoom).as("Cockpit zoomed out to fit").isGreaterThan(0).isLessThanOrEqualTo(1);
        report("top level", top);
        browser.shot("cockpit-outline-top-level");

        // drill down: the breadcrumb names the stage, the task carries the running-instance badge
        browser.click(overlay(INVESTIGATION, ".djs-overlay-drilldown button.bjs-drilldown"));
        WebElement crumbs = browser.textAppears(By.cssSelector(".bjs-breadcrumbs"), "Investigation");
        List<String> path = crumbs.findElements(By.cssSelector("li")).stream().map(li -> li.getText().trim()).toList();
        assertThat(path).first().isEqualTo("Complaint lifecycle");
        assertThat(path).last().isEqualTo("Investigation");
        browser.visible(shape(INVESTIGATE_COMPLAINT));
        WebElement taskBadge = browser.visible(overlay(INVESTIGATE_COMPLAINT, ".badge.instance-count"));
        assertThat(taskBadge.getText().trim()).as("running instances of the task").isEqualTo("1");
        assertThat(visibleBadges()).as("the badges of the stage's plane").containsExactly(INVESTIGATE_COMPLAINT + " instance-count 1");
        assertThat(browser.url()).as("Cockpit keeps the plane in the address").contains("rootElement=" + INVESTIGATION + "_plane");
        Map<String, Object> inside = canvasGeometry(INVESTIGATE_COMPLAINT);
        report("drilled into " + INVESTIGATION + ", breadcrumbs " + path, inside);
        browser.shot("cockpit-drilled-into-investigation");

        // a crumb of a deadline frame (expanded, it has no plane of its own) leads back to the outline
        browser.click(By.xpath("//ul[contains(@class,'bjs-breadcrumbs')]//a[starts-with(normalize-space(.),'Answered within the reply deadline')]"));
        browser.visible(overlay(INVESTIGATION, ".badge.instance-count"));
        browser.gone(By.cssSelector(".bjs-breadcrumbs"));
        assertThat(visibleBadges()).as("the badges of the top level again").contains(INVESTIGATION + " instance-count 1")
                .doesNotContain(INVESTIGATE_COMPLAINT + " instance-count 1");
        browser.shot("cockpit-back-to-the-outline");
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

    /** A shape bpmn-js draws on the plane shown (bpmn-js marks each with its element's id). */
    private static By shape(String elementId) {
        return By.cssSelector(".djs-container svg [data-element-id='" + elementId + "']");
    }

    /** Something in the overlays bpmn-js keeps for an element (drill-down button, Cockpit's badges). */
    private static By overlay(String elementId, String css) {
        return By.cssSelector(".djs-overlays[data-container-id='" + elementId + "'] " + css);
    }

    /** The badges Cockpit shows now, on the plane shown, as "element kind count" (e.g. "Task_X instance-count 1"). */
    private List<String> visibleBadges() {
        return browser.script("""
                return [...document.querySelectorAll('.djs-overlays .badge')]
                    .filter(b => b.offsetParent !== null)
                    .map(b => b.closest('.djs-overlays').getAttribute('data-container-id') + ' '
                        + [...b.classList].filter(c => c.startsWith('instance-')).join(' ') + ' ' + b.textContent.trim());""");
    }

    /**
     * Where the diagram lies on the screen: the canvas (bpmn-js's container), the plane's viewport group
     * (all that is drawn on the plane shown), one element of it, and the zoom, the scale of the viewport's
     * transform (1 = the model's own size).
     */
    private Map<String, Object> canvasGeometry(String elementId) {
        return browser.script("""
                const element = document.querySelector(".djs-container svg [data-element-id='" + arguments[0] + "']");
                const container = element.closest('.djs-container');
                const viewport = container.querySelector('svg .viewport');
                const matrix = viewport.transform.baseVal.consolidate().matrix;
                const c = container.getBoundingClientRect(), d = viewport.getBoundingClientRect(), e = element.getBoundingClientRect();
                return {zoom: matrix.a, canvasLeft: c.left, canvasRight: c.right, canvasWidth: c.width, canvasHeight: c.height,
                    diagramLeft: d.left, diagramRight: d.right, diagramWidth: d.width, diagramHeight: d.height,
                    frameWidth: e.width, frameHeight: e.height, window: window.innerWidth + 'x' + window.innerHeight};""",
                elementId);
    }

    private static double number(Map<String, Object> facts, String key) {
        return ((Number) facts.get(key)).doubleValue();
    }

    /** What Cockpit showed, for the report of the run (the test's output and target/screenshots/f-cockpit-drilldown.txt). */
    private static void report(String view, Map<String, Object> geometry) {
        String line = String.format(Locale.ROOT, "%s: zoom %.3f, canvas %.0fx%.0f, diagram %.0fx%.0f, element %.0fx%.0f, window %s%n",
                view, number(geometry, "zoom"), number(geometry, "canvasWidth"), number(geometry, "canvasHeight"),
                number(geometry, "diagramWidth"), number(geometry, "diagramHeight"),
                number(geometry, "frameWidth"), number(geometry, "frameHeight"), geometry.get("window"));
        System.out.print("Cockpit " + line);
        try {
            Path file = Path.of("target", "screenshots", "f-cockpit-drilldown.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
