package com.bank.complaints.browser;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.DeskTest;
import com.bank.complaints.carddata.CardVault;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.assertj.core.api.Condition;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16, the screens people work in all day: an intake agent registers a complaint in Tasklist while the
 * customer is on the line. Point 1: the agent sees the new complaint's reference, can copy it, and it stays until
 * dismissed (Tasklist itself says only "The process has been started." for three seconds). Point 2: the intake
 * form speaks in words (its validation messages in English and Chinese, no regular expression), takes a card
 * number written in groups and keeps it as its first 6 and last 4 digits, and shows and reads dates as
 * yyyy-MM-dd, in an English and in a Chinese browser. Screenshots: target/screenshots/*-registration-*.png.
 */
@DeskTest
class AgentRegistrationIT {

    /** A card number as an agent types it from the caller's words: groups of four, with spaces (passes Luhn). */
    private static final String CARD_IN_GROUPS = "6228 4800 1234 5671";
    private static final String CARD_DIGITS = "6228480012345671";
    private static final String CARD_KEPT = "622848******5671";
    private static final Pattern REFERENCE = Pattern.compile("CC-\\d{8}-\\d{6}");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final Condition<String> IN_WORDS_IN_ENGLISH_AND_CHINESE = new Condition<>(
            text -> text != null && LATIN.matcher(text).find() && CHINESE.matcher(text).find()
                    && !text.matches(".*[\\^$\\[\\]{}\\\\].*") && !text.startsWith("Field "),
            "in words, in English and Chinese, with no regular expression");
    private static final By NOTICE = By.cssSelector(".desk-registered");
    private static final By NOTICE_REFERENCE = By.cssSelector(".desk-registered .desk-registered-reference");
    private static final By COPY = By.cssSelector(".desk-registered button.desk-registered-copy");
    private static final By DISMISS = By.cssSelector(".desk-registered button.desk-registered-dismiss");
    private static final By STARTED = By.xpath("//*[contains(@class,'page-notifications')]"
            + "//*[contains(normalize-space(.),'The process has been started.')]");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CardVault vault;
    @Autowired
    CaseDriver cases;

    private Browser browser;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    @DisplayName("issue 16.1 R-INTAKE-1/3 after registering in Tasklist the agent sees the complaint's reference, the one our table holds, copies it with one click, and it stays (a reload too) until dismissed")
    void agentSeesAndCopiesTheReference() {
        String customerId = uniqueCustomer();
        LocalDate transactionDate = bankToday().minusDays(12);
        browser = browsers.open("registration-en");
        browser.allowClipboard(origin());
        browser.login(tasklist(), "agent");
        openStartForm();

        fillInAComplaint(customerId, CARD_IN_GROUPS, transactionDate.toString());
        browser.shot("filled-in-card-in-groups-date-yyyy-MM-dd");
        browser.click(startButton());

        String shown = browser.text(NOTICE_REFERENCE);
        browser.gone(By.cssSelector(".modal-dialog"));
        Map<String, Object> row = complaintOf(customerId);
        assertThat(shown).as("the reference shown").matches(REFERENCE).isEqualTo(row.get("REFERENCE"));
        assertThat(browser.text(NOTICE)).startsWith("Complaint registered: " + shown).contains("Copy", "Give the customer this reference.");
        assertThat(cases.process(shown)).as("the lifecycle runs under the reference shown").isNotNull();
        browser.shot("reference-shown");

        browser.click(COPY);
        browser.textAppears(COPY, "Copied");
        assertThat(browser.clipboard()).as("the clipboard after Copy").isEqualTo(shown);
        browser.shot("reference-copied");

        // Tasklist's own message goes after three seconds; the reference stays, and survives a reload of the page
        browser.gone(STARTED);
        assertThat(browser.text(NOTICE_REFERENCE)).isEqualTo(shown);
        browser.reload();
        assertThat(browser.text(NOTICE_REFERENCE)).as("after a reload").isEqualTo(shown);
        browser.shot("reference-still-there-after-a-reload");

        browser.click(DISMISS);
        browser.gone(NOTICE);
        browser.reload();
        browser.visible(By.cssSelector("li.start-process-action a"));
        assertThat(browser.present(NOTICE)).as("dismissed, it does not come back").isFalse();

        // issue 16.2: the card number typed in groups is kept as its first 6 and last 4 digits, in full only encrypted
        assertThat(row).containsEntry("CARD_OR_CONTRACT_NUMBER", CARD_KEPT)
                .containsEntry("TRANSACTION_DATE", java.sql.Date.valueOf(transactionDate));
        assertThat(vault.decrypt((String) row.get("CARD_NUMBER_ENCRYPTED"))).isEqualTo(CARD_DIGITS);
    }

    @Test
    @DisplayName("issue 16.2 R-INTAKE-2 the intake form in Tasklist: every validation message in words in English and Chinese (no regular expression), a card number in groups with spaces or hyphens accepted, the date shown and read as yyyy-MM-dd")
    void theIntakeFormSpeaksInWords() {
        browser = browsers.open("registration-words");
        browser.login(tasklist(), "agent");
        openStartForm();

        assertThat(browser.placeholderOf("Transaction date")).as("the date field's format").isEqualTo("yyyy-mm-dd");
        browser.type("Transaction date", "2026-03-09");
        browser.blur();
        assertThat(browser.valueOf("Transaction date")).as("the date as the form shows it after reading it").isEqualTo("2026-03-09");
        browser.type("Customer name", "Zhao Lei");
        browser.type("Customer name", "");
        browser.type("Customer id", "C 10086");
        browser.type("Phone", "138-0000-12ab");
        browser.type("E-mail", "zhao.lei(at)example.com");
        browser.type("Disputed amount", "20000000");
        browser.type("Card or installment contract number", "6228-4800-1234-5671");
        browser.blur();
        browser.shot("messages-in-words");

        for (String field : List.of("Customer name", "Customer id", "Phone", "E-mail", "Disputed amount")) {
            browser.validationMessage(field);
            assertThat(browser.validationMessagesNow(field)).as("messages under %s", field).isNotEmpty()
                    .are(IN_WORDS_IN_ENGLISH_AND_CHINESE);
        }
        assertThat(browser.validationMessagesNow("Customer name")).containsExactly("Required / 必填");
        assertThat(browser.validationMessagesNow("Customer id"))
                .containsExactly("Not accepted as typed: please follow the hint above / 填写格式有误，请按上方提示填写");
        assertThat(browser.validationMessagesNow("Disputed amount")).containsExactly("At most 10000000 / 不得大于 10000000");
        assertThat(browser.validationMessagesNow("Card or installment contract number")).as("a card number with hyphens").isEmpty();
        browser.type("Card or installment contract number", CARD_IN_GROUPS);
        browser.blur();
        assertThat(browser.validationMessagesNow("Card or installment contract number")).as("a card number with spaces").isEmpty();

        String page = browser.text(By.cssSelector(".modal-dialog form.fjs-form"));
        assertThat(page).as("the whole form as shown").doesNotContainPattern("\\bR-[A-Z]+-\\d")
                .doesNotContain("^", "$", "{1,", "{6,", "{7,", "[A-Za-z", "[0-9");
    }

    @Test
    @DisplayName("issue 16.1/16.2 in a Chinese browser the date reads yyyy-MM-dd too, and the registered reference is announced in Chinese")
    void aChineseAgentSeesTheReferenceInChinese() {
        String customerId = uniqueCustomer();
        browser = browsers.open("registration-zh", "zh-CN");
        browser.login(tasklist(), "agent");
        openStartForm();

        assertThat(browser.placeholderOf("Transaction date")).as("a Chinese browser's own format would be yyyy/mm/dd").isEqualTo("yyyy-mm-dd");
        fillInAComplaint(customerId, "INST-2026-000912", bankToday().minusDays(3).toString());
        browser.click(By.cssSelector(".modal-footer button.btn-primary"));

        String shown = browser.text(NOTICE_REFERENCE);
        assertThat(shown).isEqualTo(complaintOf(customerId).get("REFERENCE"));
        assertThat(browser.text(NOTICE)).startsWith("投诉已登记： " + shown).contains("复制", "请将此投诉编号告知客户。");
        browser.shot("reference-shown-in-chinese");
    }

    @Test
    @DisplayName("issue 16.2 a handler's task form shows the complaint's transaction date as yyyy-MM-dd, as it is stored")
    void aTaskFormShowsTheDateAsStored() {
        String reference = cases.submit(feeComplaint());
        assertThat(cases.variable(reference, Variables.TRANSACTION_DATE)).isEqualTo("2026-10-15");
        Task investigation = cases.task(reference, INVESTIGATE_COMPLAINT);
        browser = browsers.open("registration-task-date");
        browser.login(tasklist(), "handler");

        browser.go(tasklist() + "#/?task=" + investigation.getId());
        browser.visible(By.cssSelector("[cam-tasklist-form-camunda] form.fjs-form"));
        assertThat(browser.valueOf("Reference")).isEqualTo(reference);
        assertThat(browser.valueOf("Transaction date")).as("an English browser's own format would be 10/15/2026").isEqualTo("2026-10-15");
        browser.shot("task-form-date-yyyy-MM-dd");
    }

    private void openStartForm() {
        browser.click(By.cssSelector("li.start-process-action a"));
        browser.click(By.xpath("//div[contains(@class,'modal')]//a[normalize-space(.)='Complaint lifecycle']"));
        browser.visible(By.xpath("//form[contains(@class,'fjs-form')]//h2[starts-with(normalize-space(.),'Register a complaint')]"));
    }

    private void fillInAComplaint(String customerId, String cardOrContract, String transactionDate) {
        browser.choose("Channel /", "Hotline / 客服热线");
        browser.tick("English");
        browser.type("Customer id", customerId);
        browser.type("Customer name", "Zhao Lei");
        browser.type("Phone", "+86 138 0000 5678");
        browser.type("Card or installment contract number", cardOrContract);
        browser.choose("Product", "Credit card / 信用卡");
        browser.type("Transaction date", transactionDate);
        browser.blur();
        browser.type("Core grievance", "An annual fee was charged although it was waived.");
        browser.type("Outcome the customer expects", "Refund the annual fee.");
        browser.choose("Customer's emotional state", "Anxious / 焦虑");
    }

    private Map<String, Object> complaintOf(String customerId) {
        browser.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE customer_id = ?", Long.class, customerId) == 1);
        return jdbc.queryForMap("SELECT reference, card_or_contract_number, card_number_encrypted, transaction_date "
                + "FROM complaint WHERE customer_id = ?", customerId);
    }

    private static String uniqueCustomer() {
        return "C-REG-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    /** Today on the bank's clock, which the server's "not in the future" check uses. */
    private static LocalDate bankToday() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static By startButton() {
        return By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Start']");
    }

    private String origin() {
        return "http://localhost:" + port;
    }

    private String tasklist() {
        return origin() + "/camunda/app/tasklist/";
    }
}
