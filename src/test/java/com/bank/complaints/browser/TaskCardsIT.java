package com.bank.complaints.browser;

import static com.bank.complaints.TestComplaints.cardFraudComplaint;
import static com.bank.complaints.TestComplaints.consultation;
import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.ANSWER_CONSULTATION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.APPLY_PROTECTIVE_MEASURES;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.FIND_ROOT_CAUSE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.DeskTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16, "the screens people work in all day", in Tasklist as its people see it (headless Chromium): the
 * cards of a handler's and an operator's filters name the complaint (reference, customer, severity) and its due
 * date, urgent work first (a); a handler finds a complaint's tasks by typing its reference (b); a handler sets a
 * follow-up date and resets a due date on a task with a Camunda Form, and sees both on the card (c); a Chinese
 * browser reads the field and the cards in Chinese (d); the task's Description tab names its rules (e). Pictures of
 * the handler's and the operator's list go to the README's pictures ({@link Screens}), every step to target/screenshots.
 */
@DeskTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TaskCardsIT {

    private static final String MY_GROUPS_TASKS = "My group's tasks";
    private static final String TASK_META = "[cam-tasklist-task-meta]";
    /** The cards' labels, in English and Chinese as in the forms. */
    private static final String REFERENCE = "Reference / 投诉编号:";
    private static final String CUSTOMER = "Customer / 客户:";
    private static final String SEVERITY = "Severity / 严重程度:";

    /** The complaints of the journeys: a general fee complaint, a card fraud (urgent), a consultation. */
    private static String fee;
    private static String fraud;
    private static String question;

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver cases;
    @Autowired
    TaskService taskService;

    private Browser browser;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    @Order(1)
    @DisplayName("a. Issue 16.1 R-TRIAGE-1/5 handler and operations cards show reference, customer, severity and due; the urgent complaint comes first although the general one is newer")
    void cardsNameTheComplaint() {
        question = cases.submit(with(consultation(), "customerName", "Chen Jing"));
        fraud = cases.submit(with(cardFraudComplaint(), "customerName", "Zhang Wei"));
        fee = cases.submit(with(feeComplaint(), "customerName", "Li Lei"));
        Task investigation = cases.task(fee, INVESTIGATE_COMPLAINT);
        Task rootCause = cases.task(fraud, FIND_ROOT_CAUSE);
        Task answer = cases.task(question, ANSWER_CONSULTATION);
        Task protective = cases.task(fraud, APPLY_PROTECTIVE_MEASURES);

        browser = browsers.open("cards");
        browser.login(tasklist(), "handler");
        browser.showFilter(MY_GROUPS_TASKS);
        assertThat(card(investigation)).contains(REFERENCE, fee, CUSTOMER, "Li Lei", SEVERITY, "GENERAL", "Due in");
        assertThat(card(rootCause)).contains(fraud, "Zhang Wei", "URGENT", "Due in");
        assertThat(card(answer)).contains(question, "Chen Jing", "CONSULTATION", "Due in");
        List<String> listed = browser.listedTaskIds();
        assertThat(listed.indexOf(rootCause.getId())).as("urgent first (priority, then due date)")
                .isLessThan(listed.indexOf(investigation.getId()));
        assertThat(listed).doesNotContain(protective.getId());
        screen(browser.shot("handler-cards"), "tasklist-handler-cards.png");
        browser.close();

        browser = browsers.open("cards");
        browser.login(tasklist(), "ops");
        browser.showFilter(MY_GROUPS_TASKS);
        assertThat(card(protective)).contains(REFERENCE, fraud, CUSTOMER, "Zhang Wei", SEVERITY, "URGENT", "Due in");
        assertThat(card(rootCause)).contains(fraud, "Zhang Wei", "URGENT");
        assertThat(browser.listedTaskIds()).doesNotContain(investigation.getId(), answer.getId());
        screen(browser.shot("operations-cards"), "tasklist-operations-cards.png");
    }

    @Test
    @Order(2)
    @DisplayName("b. Issue 16.1 a handler types a reference, or its last digits, into \"Find by reference\" and the list shows that complaint's tasks only")
    void findByReference() {
        assumeTrue(fee != null, "journey a registered no complaints");
        Task investigation = cases.task(fee, INVESTIGATE_COMPLAINT);
        browser = browsers.open("find");
        browser.login(tasklist(), "handler");
        browser.showFilter(MY_GROUPS_TASKS);

        find(fee);
        browser.until(() -> browser.listedTaskIds().equals(List.of(investigation.getId())));
        assertThat(card(investigation)).contains(fee, "Li Lei");
        browser.shot("found-by-reference");

        find(fraud.substring(fraud.length() - 6));
        browser.until(() -> browser.listedTaskIds().equals(List.of(cases.task(fraud, FIND_ROOT_CAUSE).getId())));
        browser.shot("found-by-its-last-digits");

        find("");
        browser.until(() -> browser.listedTaskIds().containsAll(List.of(investigation.getId(),
                cases.task(fraud, FIND_ROOT_CAUSE).getId(), cases.task(question, ANSWER_CONSULTATION).getId())));
        browser.shot("all-tasks-again");
    }

    @Test
    @Order(3)
    @DisplayName("c. Issue 16.2 a handler sets a follow-up date and resets the due date of a task with a Camunda Form in Tasklist, and the card shows both")
    void handlerSetsAFollowUpDate() {
        assumeTrue(fee != null, "journey a registered no complaints");
        Task investigation = cases.task(fee, INVESTIGATE_COMPLAINT);
        assertThat(investigation.getDueDate()).isNotNull();
        browser = browsers.open("dates");
        browser.login(tasklist(), "handler");
        browser.showFilter(MY_GROUPS_TASKS);
        browser.openTask(investigation.getId());

        browser.click(By.cssSelector(TASK_META + " .followup-date .view-value"));
        timeField("hours", "23");
        timeField("minutes", "45");
        browser.shot("follow-up-date-picked");
        browser.click(By.cssSelector(".task-details .datepicker-control .glyphicon-ok"));
        browser.until(() -> stored(investigation).getFollowUpDate() != null);
        ZonedDateTime followUp = stored(investigation).getFollowUpDate().toInstant().atZone(ZoneId.systemDefault());
        assertThat(followUp.getHour()).isEqualTo(23);
        assertThat(followUp.getMinute()).isEqualTo(45);
        assertThat(browser.text(By.cssSelector(TASK_META + " .followup-date"))).doesNotContain("Set follow-up date");

        browser.click(By.cssSelector(TASK_META + " a.reset-due-date"));
        browser.until(() -> stored(investigation).getDueDate() == null);
        browser.shot("due-date-reset");

        browser.showFilter(MY_GROUPS_TASKS);
        String card = card(investigation);
        assertThat(card).contains("Follow-up", fee).doesNotContain("Due in");
        browser.shot("card-with-follow-up-date");
    }

    @Test
    @Order(4)
    @DisplayName("d. Issue 16.1 a handler whose browser reads Chinese finds a complaint with 按投诉编号查找 (Find by reference); the cards' labels read in both languages")
    void chineseHandlerFindsByReference() {
        assumeTrue(question != null, "journey a registered no complaints");
        Task answer = cases.task(question, ANSWER_CONSULTATION);
        browser = browsers.open("zh", "zh-CN");
        browser.login(tasklist(), "handler");
        browser.showFilter("本组待认领任务");
        assertThat(browser.text(By.cssSelector("form.find-by-reference label"))).isEqualTo("按投诉编号查找");

        find(question);
        browser.until(() -> browser.listedTaskIds().equals(List.of(answer.getId())));
        assertThat(card(answer)).contains(REFERENCE, question, CUSTOMER, "Chen Jing", SEVERITY, "CONSULTATION");
        browser.shot("found-by-reference-in-chinese");
    }

    @Test
    @Order(5)
    @DisplayName("e. Issue 16.7 R-INV-1 the rules a task serves, taken out of its form, are in its Description tab with what to do in words")
    void descriptionNamesTheRules() {
        assumeTrue(fee != null, "journey a registered no complaints");
        Task investigation = cases.task(fee, INVESTIGATE_COMPLAINT);
        browser = browsers.open("description");
        browser.login(tasklist(), "handler");
        browser.showFilter(MY_GROUPS_TASKS);
        browser.openTask(investigation.getId());

        browser.click(By.xpath("//ul[contains(@class, 'nav-tabs')]/li/a[normalize-space() = 'Description']"));
        browser.textAppears(By.cssSelector(".task-details .description-pane"), "R-INV-1");
        assertThat(browser.text(By.cssSelector(".task-details .description-pane")))
                .startsWith("R-INV-1, R-INV-2, R-INV-3:").contains("within 24 hours of receipt");
        browser.shot("task-description");
    }

    /** Types into "Find by reference" above the list and presses Enter. */
    private void find(String text) {
        WebElement field = browser.clickable(By.id("find-by-reference"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        field.sendKeys(text, Keys.ENTER);
    }

    /** One field of the time picker Tasklist opens under a date of the task: hours or minutes. */
    private void timeField(String model, String value) {
        WebElement input = browser.clickable(By.cssSelector(".task-details .field-control .timepicker input[ng-model='" + model + "']"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
        browser.until(() -> value.equals(input.getDomProperty("value")));
    }

    /** What a task's card in the list shows, all of it. */
    private String card(Task task) {
        return browser.listedTask(task.getId())
                .findElement(By.xpath("./ancestor::li[contains(concat(' ', @class, ' '), ' task ')][1]")).getText();
    }

    private Task stored(Task task) {
        return taskService.createTaskQuery().taskId(task.getId()).singleResult();
    }

    /** Copies a screenshot to where the README's pictures go ({@link Screens}). */
    private static void screen(Path shot, String name) {
        try {
            Path picture = Screens.named(name);
            Files.createDirectories(picture.getParent());
            Files.copy(shot, picture, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tasklist() {
        return "http://localhost:" + port + "/camunda/app/tasklist/";
    }
}
