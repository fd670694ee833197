package com.bank.complaints.browser;

import static com.bank.complaints.TestComplaints.PHONE_LAST4;
import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.PROPOSE_REMEDY;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_CUSTOMER_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.customer.SignedLinks;
import com.bank.complaints.intake.ComplaintRepository;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.reporting.LabelData;
import com.bank.complaints.sla.IntakeDeadlines;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16, the screens people work in all day, in a real browser (headless Chromium): staff log in once, on the
 * desk's login page, never in the browser's Basic pop-up, and that login opens Cockpit and Tasklist too; the
 * analytics dashboard names what it counts in English and Chinese and links back to Tasklist and Cockpit; a
 * refused person and a wrong address get the desk's error pages in their language; the customer's answer page
 * restates the offer and takes a reason for a refusal, which the handler then reads in Tasklist; the status page
 * names the stage and the promises in the customer's language with times on the bank's clock. Pictures for the
 * README go to its pictures ({@link Screens}), the steps' pictures to target/screenshots.
 */
@DeskTest
class DeskPagesIT {

    /** A code as the reports store it (SOCIAL_MEDIA, NOT_RECORDED, FEE_RULES_UNCLEAR): never for people to read. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]+(_[A-Z0-9]+)+\\b");
    private static final List<String> SINGLE_WORD_CODES = List.of("APP", "WEB", "EMAIL", "HOTLINE", "BRANCH", "SERVICE",
            "TRANSACTION", "SECURITY", "REFUND", "NONE", "MASS", "AFFLUENT", "OPEN");
    private static final String SEPTEMBER = "/dashboard?from=" + LabelData.FROM + "&to=" + LabelData.TO;
    private static final String REASON = "Two fees were charged; waiving one is not enough.";

    @LocalServerPort
    int port;
    @Value("${complaints.time-zone}")
    ZoneId bankZone;
    @Autowired
    Desk desk;
    @Autowired
    CaseDriver cases;
    @Autowired
    SignedLinks links;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @BeforeEach
    void labelsExist() {
        LabelData.insertOnce(jdbc);
    }

    @Test
    @DisplayName("Issue 16: staff log in once, on the desk's login page and not in a Basic pop-up; the dashboard names what it counts, links to Cockpit and Tasklist, which open without a second login; logging out ends them all")
    void staffLogInOnceOnTheDesksLoginPage() {
        browser = browsers.open("desk-login");
        browser.go(url(SEPTEMBER));

        assertThat(browser.onDeskLogin()).as("sent to the desk's login page").isTrue();
        assertThat(browser.url()).endsWith("/login");
        assertThat(browser.title()).isEqualTo("Log in – Complaint Desk");
        assertThat(browser.text(By.cssSelector("main.login-box"))).contains("One login for the analytics dashboard, Tasklist, Cockpit and Admin");
        browser.shotAs(Screens.named("login.png"));

        browser.deskLogin("compliance");

        assertThat(browser.url()).as("back to the page asked for").endsWith(SEPTEMBER);
        browser.visible(By.cssSelector("#kpi-received"));
        assertThat(browser.text(By.id("signed-in"))).isEqualTo("Logged in as compliance");
        String page = browser.text(By.cssSelector("body"));
        assertThat(page).contains("Social media", "Regulator referral", "Fee waiver or discount", "Not recorded",
                "Fee rules unclear", "Public-opinion (media) risk");
        assertNoCodes(page);
        browser.visible(By.cssSelector("#chart-channel"));
        browser.until(() -> Boolean.TRUE.equals(browser.script(
                "return !!window.Chart && Object.keys(Chart.instances).length >= 5")));
        browser.shotAs(Screens.named("dashboard-en.png"));

        browser.click(By.id("nav-cockpit"));
        browser.visible(By.cssSelector("[cam-widget-header] .brand-name"));
        browser.textAppears(By.cssSelector("body"), "Processes");
        assertThat(browser.displayed(By.cssSelector("input[ng-model=username]"))).as("Cockpit's own login").isEmpty();
        browser.shot("cockpit-without-a-second-login");

        browser.go(url("/dashboard"));
        browser.click(By.cssSelector("form.logout button"));
        browser.visible(By.id("logged-out"));
        assertThat(browser.url()).endsWith("/login?logout");
        browser.go(url("/camunda/app/tasklist/default/"));
        browser.visible(By.cssSelector("input[ng-model=username]"));
        browser.shot("tasklist-logged-out-too");
    }

    @Test
    @DisplayName("Issue 16: who logged in at Tasklist opens the dashboard from the start page without logging in again")
    void aTasklistLoginOpensTheDashboard() {
        browser = browsers.open("desk-login-tasklist");
        browser.login(url("/camunda/app/tasklist/default/"), "supervisor");

        browser.go(url("/"));
        browser.click(By.cssSelector("#door-dashboard h2 a"));

        browser.visible(By.cssSelector("#kpi-received"));
        assertThat(browser.onDeskLogin()).isFalse();
        assertThat(browser.text(By.id("signed-in"))).isEqualTo("Logged in as supervisor");
        browser.click(By.id("nav-tasklist"));
        browser.visible(By.cssSelector("div.task-filter h4.name a"));
        browser.shot("back-in-tasklist");
    }

    @Test
    @DisplayName("Issue 16: a Chinese browser reads the dashboard in Chinese: channels, products, categories, special kinds, segments, findings, remedies, causes and \"not recorded\" by name, no codes")
    void theDashboardInChinese() {
        browser = browsers.open("desk-dashboard-zh", "zh-CN");
        browser.openStaffPage(url(SEPTEMBER), "director");

        browser.visible(By.cssSelector("#kpi-received"));
        assertThat(browser.title()).isEqualTo("投诉分析 – 投诉工作台");
        String page = browser.text(By.cssSelector("body"));
        assertThat(page).contains("关键指标", "当前用户：director", "任务列表", "流程监控", "社交媒体", "监管转办", "手机银行",
                "费用减免", "仅解释说明", "未记录", "事实清楚", "舆情风险", "群体投诉", "财富客户", "45-54岁", "收费规则不清晰",
                "告知信息错误", "首次响应");
        assertNoCodes(page);
        browser.until(() -> Boolean.TRUE.equals(browser.script(
                "return !!window.Chart && Object.keys(Chart.instances).length >= 5")));
        List<String> channelLabels = browser.script(
                "return Object.values(Chart.instances).find(c => c.canvas.id === 'chart-channel').data.labels");
        assertThat(channelLabels).contains("社交媒体", "监管转办").noneMatch(label -> CODE.matcher(label).find());
        browser.shotAs(Screens.named("dashboard-zh.png"));
        browser.shotOf(By.cssSelector("section[aria-labelledby=dimensions-heading]"), Screens.named("dashboard-zh-tables.png"));
    }

    @Test
    @DisplayName("Issue 16: a member of staff whose role may not open the dashboard gets the desk's 403 page in their language, a wrong address the desk's 404 page: never Spring's Whitelabel page")
    void refusedAndLostPeopleGetTheDesksErrorPages() {
        browser = browsers.open("desk-errors-zh", "zh-CN");
        browser.go(url("/dashboard"));
        browser.deskLogin("handler");

        assertThat(browser.text(By.id("error-status"))).isEqualTo("错误 403");
        assertThat(browser.text(By.id("error-heading"))).isEqualTo("您的角色无权访问此页面");
        assertThat(browser.title()).isEqualTo("您的角色无权访问此页面 – 投诉工作台");
        assertThat(browser.text(By.id("error-login"))).isEqualTo("以其他用户登录");
        assertDesksLook();
        assertThat(browser.text(By.cssSelector("body"))).doesNotContain("Whitelabel", "Forbidden");
        browser.shotAs(Screens.named("error-403-zh.png"));

        browser.close();
        browser = browsers.open("desk-errors-en");
        browser.go(url("/no-such-page"));
        assertThat(browser.text(By.id("error-heading"))).isEqualTo("Page not found");
        assertThat(browser.text(By.id("error-status"))).isEqualTo("Error 404");
        assertDesksLook();
        browser.shotAs(Screens.named("error-404.png"));
        browser.click(By.id("error-start"));
        browser.visible(By.id("door-dashboard"));
    }

    @Test
    @DisplayName("Issue 16: the customer's answer page restates the offer in the customer's language and takes a reason for a refusal; the handler reads it in Tasklist when proposing again")
    void theAnswerPageRestatesTheOfferAndTakesAReason() {
        String reference = cases.submit(with(feeComplaint(), "language", "zh"));
        cases.investigate(reference, "FACT_CLEAR");
        cases.propose(reference, "handler", "FEE_WAIVER", 128.5);
        assertThat(cases.openTasks(reference)).containsExactly(RECORD_CUSTOMER_DECISION);
        String link = links.url(reference, SignedLinks.Purpose.OFFER);
        browser = browsers.open("desk-respond");
        browser.go(url(link.substring(link.indexOf("/customer/respond"))));

        assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("投诉 " + reference);
        assertThat(browser.text(By.id("offer-remedy"))).isEqualTo("费用减免或折扣");
        assertThat(browser.text(By.id("offer-amount"))).isEqualTo("128.50 元");
        assertThat(browser.text(By.id("offer-details"))).isEqualTo("As agreed with the customer by phone.");
        assertThat(browser.displayed(By.id("reason"))).as("the reason box opens with \"I do not accept\"").isEmpty();
        browser.click(By.cssSelector("details#reject summary"));
        browser.visible(By.id("reason")).sendKeys(REASON);
        browser.shotAs(Screens.named("respond-offer-zh.png"));
        browser.click(By.cssSelector("#reject-form button[name=answer][value=reject]"));

        assertThat(browser.text(By.id("answer-taken"))).isEqualTo("谢谢，我们已收到您的回复。");
        assertThat(cases.variable(reference, Variables.CUSTOMER_DECISION_NOTE)).isEqualTo(REASON);
        browser.shot("customer-thanked");

        browser.close();
        browser = browsers.open("desk-respond-handler");
        browser.login(url("/camunda/app/tasklist/default/"), "handler");
        browser.go(url("/camunda/app/tasklist/default/#/?task=" + cases.task(reference, PROPOSE_REMEDY).getId()));
        browser.visible(By.cssSelector("[cam-tasklist-form-camunda] form.fjs-form"));
        assertThat(browser.valueOf("Customer's reasons")).isEqualTo(REASON);
        browser.shot("handler-reads-the-reason");
    }

    @Test
    @DisplayName("Issue 16: the status page names the stage and the promises in the customer's language, times as yyyy-MM-dd HH:mm on the bank's clock with the zone stated")
    void theStatusPageSpeaksTheCustomersLanguage() {
        String reference = desk.accepted(with(feeComplaint(), "language", "zh"));
        IntakeDeadlines deadlines = complaints.require(reference).deadlines();
        DateTimeFormatter bankTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(bankZone);
        browser = browsers.open("desk-status");
        browser.go(url("/status.html?reference=" + reference));

        lookUp();

        assertThat(browser.text(By.id("status-stage"))).isEqualTo("已受理");
        assertThat(browser.text(By.id("status-due-FIRST_RESPONSE"))).isEqualTo(bankTime.format(deadlines.firstResponseDue()) + " 前");
        assertThat(browser.text(By.id("status-due-REPLY"))).isEqualTo(bankTime.format(deadlines.replyDue()) + " 前");
        assertThat(browser.text(By.id("status-due-REGULATORY_CLOSE"))).isEqualTo(bankTime.format(deadlines.regulatoryDue()) + " 前");
        assertThat(browser.text(By.id("status-zone"))).isEqualTo("以上时间均为银行当地时间（" + bankZone.getId() + "）。");
        String result = browser.text(By.id("result"));
        assertThat(result).contains("首次答复时限", "处理答复时限", "投诉办结时限", "最近更新");
        assertNoCodes(result);
        browser.shotAs(Screens.named("status-page-zh.png"));

        browser.click(By.id("lang-en"));
        browser.until(() -> browser.url().contains("lang=en"));
        lookUp();
        assertThat(browser.text(By.id("status-stage"))).isEqualTo("Received");
        assertThat(browser.text(By.id("result"))).contains("First answer", "by " + bankTime.format(deadlines.firstResponseDue()),
                "All times are the bank's local time (" + bankZone.getId() + ").");
        browser.shotAs(Screens.named("status-page-en.png"));
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** Types the phone digits and asks, then waits for the answer. */
    private void lookUp() {
        browser.visible(By.id("phoneLast4")).sendKeys(PHONE_LAST4);
        browser.click(By.cssSelector("#query button[type=submit]"));
        browser.visible(By.id("status-stage"));
    }

    /** The desk's header, logo (loaded) and stylesheet (the navy header), as on its other pages. */
    private void assertDesksLook() {
        assertThat(browser.visible(By.cssSelector("header.desk-brand img")).getDomAttribute("src")).isEqualTo("/logo.svg");
        browser.until(() -> Boolean.TRUE.equals(browser.script(
                "const logo = document.querySelector('header.desk-brand img'); return logo.complete && logo.naturalWidth > 0")));
        assertThat(browser.<String>script("return getComputedStyle(document.querySelector('header.desk-brand')).backgroundColor"))
                .isEqualTo("rgb(14, 58, 102)");
    }

    private static void assertNoCodes(String text) {
        assertThat(CODE.matcher(text).results().map(match -> match.group()).toList()).as("codes on the page").isEmpty();
        for (String code : SINGLE_WORD_CODES) {
            assertThat(text).as("code " + code).doesNotContainPattern("\\b" + code + "\\b");
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
