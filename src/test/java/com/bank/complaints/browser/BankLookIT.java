package com.bank.complaints.browser;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16, the screens people work in all day, as a person sees them in a real browser (headless Chromium): the
 * bank's name, logo, colours and favicon in Tasklist, Cockpit, Admin and on the desk's own pages, no Camunda 8
 * banner, the start page at /, Tasklist and Cockpit in Chinese for a Chinese browser with dates on the bank's clock,
 * and controls offered by permission: compliance officers see none of the actions they may not take, a refusal
 * reads as one sentence. Screenshots of each role's main screen go to the README's pictures ({@link Screens}), the
 * steps' screenshots to target/screenshots.
 */
@DeskTest
class BankLookIT {

    private static final String PRODUCT = "Complaint Desk";
    private static final String PRODUCT_ZH = "投诉工作台";
    /** desk.js (LABELS.en.DESK_REFUSED): what any refusal of the engine reads. */
    private static final String REFUSED = "Your role does not allow this; if it needs doing, ask a supervisor or an administrator.";
    /** Cockpit's controls on a process instance, by their tooltips (Cockpit's English texts). */
    private static final List<String> INSTANCE_ACTIONS = List.of("Delete running process instance",
            "Increment Number of Retries of Failed Jobs", "Add a new variable to Process Instance", "Suspend Process Instance");
    private static final String RETRY_INCIDENT = "Increment Number of Retries of Failed Job";
    private static final List<String> VARIABLE_ACTIONS = List.of("Edit the variable", "Delete the variable");

    @LocalServerPort
    int port;
    @Value("${complaints.time-zone}")
    String bankZone;
    @Autowired
    CaseDriver cases;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;

    private Browser browser;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    @DisplayName("the root URL is the desk's start page: Tasklist, Cockpit, the dashboard, the status page and Admin, each with whom it serves, under the desk's name, logo and favicon")
    void rootIsTheStartPage() {
        browser("look-start");
        browser.show(URI.create(url("/")));

        assertThat(browser.title()).isEqualTo(PRODUCT + " / " + PRODUCT_ZH);
        assertThat(browser.text(By.cssSelector("header.desk-brand")).replaceAll("\\s+", " ")).isEqualTo(PRODUCT + " " + PRODUCT_ZH);
        assertLogoShown(By.cssSelector("header.desk-brand img"));
        assertThat(favicons()).containsExactly("/logo.svg");
        assertThat(contentType("/logo.svg")).isEqualTo("image/svg+xml");

        Map<String, List<String>> doors = Map.of(
                "tasklist", List.of("/camunda/app/tasklist/", "intake agents, complaint handlers, supervisors, operations"),
                "cockpit", List.of("/camunda/app/cockpit/", "compliance officers (read only), supervisors"),
                "dashboard", List.of("/dashboard", "compliance officers, supervisors, senior managers"),
                "status", List.of("/status.html", "customers, no login"),
                "admin", List.of("/camunda/app/admin/", "administrators"));
        doors.forEach((door, expected) -> {
            assertThat(browser.visible(By.cssSelector("#door-" + door + " h2 a")).getDomAttribute("href"))
                    .as(door).isEqualTo(expected.get(0));
            assertThat(browser.text(By.cssSelector("#door-" + door + " .for"))).as(door).contains(expected.get(1));
        });
        browser.shotAs(Screens.named("start-page.png"));

        // the Tasklist door leads to Tasklist's login, in the desk's look
        browser.click(By.cssSelector("#door-tasklist h2 a"));
        browser.visible(By.cssSelector("input[ng-model=username]"));
        browser.waitForTitle("'" + PRODUCT + " Tasklist'", (PRODUCT + " Tasklist")::equals);
        assertCamundaMarkReplaced(".login-logo");
        browser.shot("tasklist-login");
    }

    @Test
    @DisplayName("Tasklist, Cockpit, Admin and Welcome show the desk's name in header and title, its logo and favicon, the bank's clock, and no Camunda 8 banner")
    void theWebappsCarryTheBanksLook() {
        browser("look-apps");
        browser.login(app("tasklist"), "admin");
        long ourFavicon = resourceSize("/META-INF/resources/webjars/camunda/favicon.ico");

        for (String name : List.of("Tasklist", "Cockpit", "Admin", "Welcome")) {
            browser.show(URI.create(app(name.toLowerCase())));
            String brand = PRODUCT + " " + name;
            browser.waitForTitle("starting with '" + brand + "'", title -> title.startsWith(brand));
            assertThat(browser.text(By.cssSelector("[cam-widget-header] .brand-name"))).as(name).isEqualTo(brand);
            assertCamundaMarkReplaced("[cam-widget-header] .brand-logo");
            assertThat(favicons()).as(name).containsExactly("/logo.svg", "/camunda/favicon.ico");
            assertThat(contentType("/camunda/favicon.ico")).isEqualTo("image/x-icon");
            assertThat(browser.<Long>script("return fetch('/camunda/favicon.ico').then(r => r.arrayBuffer()).then(b => b.byteLength)"))
                    .as("the desk's favicon.ico, not Camunda's").isEqualTo(ourFavicon);
            assertThat(browser.displayed(By.cssSelector(".ce-eol-banner"))).as(name + ": Camunda 8 banner").isEmpty();
            assertThat(browser.text(By.cssSelector("body"))).as(name).doesNotContain("Camunda 8", "migrate");
            assertThat(browser.text(By.cssSelector("#footer-timezone"))).as(name)
                    .isEqualTo("Dates and times on the bank's clock: " + bankZone);
            browser.shot(name.toLowerCase() + "-admin");
            if (name.equals("Admin")) {
                browser.visible(By.cssSelector("[cam-widget-header] .sections-menu"));
                browser.shotAs(Screens.named("admin-admin.png"));
            }
        }
    }

    @Test
    @DisplayName("Tasklist offers \"Start process\" only to roles with a process to start and \"Create task\" only to roles that may create tasks: agents start, operations and handlers neither, administrators both")
    void tasklistMenusFollowPermissions() {
        cases.submit(feeComplaint());
        Map<String, List<String>> offered = Map.of(
                "agent", List.of("Start process"),
                "ops", List.of(),
                "handler", List.of(),
                "admin", List.of("Create task", "Start process"));
        for (String user : List.of("agent", "ops", "handler", "admin")) {
            browser("look-tasklist-" + user);
            browser.login(app("tasklist"), user);
            permissionsAnswered("/");
            List<String> menu = browser.displayed(By.cssSelector("[cam-widget-header] .sections-menu li"))
                    .stream().map(WebElement::getText).map(String::trim).toList();
            assertThat(menu).as(user).containsExactlyElementsOf(
                    Stream.concat(Stream.of("Keyboard Shortcuts"), offered.get(user).stream()).toList());
            if (user.equals("agent") || user.equals("handler")) {
                browser.filterNames();
                browser.shotAs(Screens.named("tasklist-" + user + ".png"));
            } else {
                browser.shot("tasklist-" + user);
            }
        }
    }

    @Test
    @DisplayName("a Chinese browser reads Tasklist in Chinese: login, filters, menus, task view; dates as yyyy-MM-dd on the bank's clock")
    void tasklistInChinese() {
        String reference = cases.submit(feeComplaint());
        Task investigation = cases.task(reference, INVESTIGATE_COMPLAINT);
        browser = browsers.open("look-zh-tasklist", "zh-CN");

        browser.show(URI.create(app("tasklist")));
        assertThat(browser.visible(By.cssSelector("input[ng-model=username]")).getDomAttribute("placeholder")).isEqualTo("用户名");
        assertThat(browser.visible(By.cssSelector("input[ng-model=password]")).getDomAttribute("placeholder")).isEqualTo("密码");
        assertThat(browser.text(By.cssSelector("button[type=submit]"))).isEqualTo("登录");
        browser.waitForTitle("'" + PRODUCT_ZH + " 任务列表'", (PRODUCT_ZH + " 任务列表")::equals);
        browser.shot("login");

        browser.login(app("tasklist"), "handler");
        assertThat(browser.filterNames()).containsExactly("本组待认领任务", "我的任务", "已逾期");
        assertThat(browser.text(By.cssSelector("[cam-widget-header] .brand-name"))).isEqualTo(PRODUCT_ZH + " 任务列表");
        assertThat(browser.text(By.cssSelector("[cam-widget-header] .sections-menu"))).isEqualTo("快捷键");
        browser.visible(By.cssSelector("input[placeholder='筛选任务']"));
        assertThat(browser.text(By.cssSelector("#footer-timezone"))).isEqualTo("日期和时间均按本行时区显示： " + bankZone);

        browser.showFilter("本组待认领任务");
        browser.openTask(investigation.getId());
        List<String> tabs = browser.displayed(By.cssSelector(".task-card ul.nav-tabs li a")).stream()
                .map(WebElement::getText).map(String::trim).toList();
        assertThat(tabs).containsExactly("表单", "历史", "流程图", "说明");
        assertThat(browser.text(By.cssSelector("button.claim"))).isEqualTo("认领");
        assertThat(browser.text(By.cssSelector(".followup-date"))).isEqualTo("设置跟进日期");
        String due = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of(bankZone))
                .format(investigation.getDueDate().toInstant());
        assertThat(browser.visible(By.cssSelector(".due-date [uib-tooltip]")).getDomAttribute("uib-tooltip"))
                .as("the due date, on the bank's clock").isEqualTo(due);
        browser.shotAs(Screens.named("tasklist-handler-zh.png"));
    }

    @Test
    @DisplayName("a Chinese browser reads the Cockpit pages compliance uses in Chinese: menus, dashboard, process instance and its incidents, dates on the bank's clock")
    void cockpitInChinese() {
        String reference = cases.submit(feeComplaint());
        String processId = cases.process(reference).getId();
        Incident incident = failedJobIncident(processId);
        browser = browsers.open("look-zh-cockpit", "zh-CN");
        browser.login(app("cockpit"), "compliance");

        browser.textAppears(By.cssSelector("body"), "运行中的流程实例");
        assertThat(browser.text(By.cssSelector("body"))).contains("未解决的异常", "未完成的人工任务", "流程定义");
        assertThat(browser.text(By.cssSelector("[cam-widget-header] .sections-menu"))).contains("流程", "决策", "人工任务", "更多");
        assertThat(browser.title()).startsWith(PRODUCT_ZH + " 流程监控");
        browser.shot("dashboard");

        browser.show(URI.create(app("cockpit") + "#/process-instance/" + processId + "/runtime?tab=incidents-tab"));
        browser.textAppears(By.cssSelector("body"), reference);
        List<String> tabs = browser.displayed(By.cssSelector("ul.nav-tabs > li > a"))
                .stream().map(WebElement::getText).map(String::trim).toList();
        assertThat(tabs).contains("变量", "异常", "用户任务", "作业");
        assertThat(browser.text(By.cssSelector("body"))).contains("业务编号：", "实例 ID：", "定义键：");
        assertThat(browser.text(By.cssSelector("table.incidents-tab thead"))).contains("消息", "时间", "活动", "类型");
        String raised = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of(bankZone))
                .format(incident.getIncidentTimestamp().toInstant());
        assertThat(browser.text(By.cssSelector("table.incidents-tab tbody td.timestamp"))).isEqualTo(raised);
        browser.shotAs(Screens.named("cockpit-compliance-zh.png"));
    }

    @Test
    @DisplayName("compliance's process-instance view in Cockpit offers no delete, suspend, retry or variable edit; the administrator's offers them all")
    void complianceSeesNoActionItMayNotTake() {
        String reference = cases.submit(feeComplaint());
        String processId = cases.process(reference).getId();
        failedJobIncident(processId);

        for (String user : List.of("compliance", "admin")) {
            boolean mayChange = user.equals("admin");
            browser("look-instance-" + user);
            browser.login(app("cockpit"), user);
            browser.show(URI.create(app("cockpit") + "#/process-instance/" + processId + "/runtime?tab=incidents-tab"));
            permissionsAnswered("/process-instance/" + processId + "/runtime");
            browser.visible(By.cssSelector("table.incidents-tab tbody tr"));
            for (String action : INSTANCE_ACTIONS) {
                assertOffered(user, ".ctn-toolbar a", action, mayChange);
            }
            assertOffered(user, "table.incidents-tab a", RETRY_INCIDENT, mayChange);
            if (user.equals("compliance")) {
                browser.shotAs(Screens.named("cockpit-compliance.png"));
            }

            browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Variables']"));
            browser.visible(By.cssSelector("[cam-widget-variables-table] tbody tr"));
            for (String action : VARIABLE_ACTIONS) {
                assertOffered(user, "[cam-widget-variables-table] button", action, mayChange);
            }
            browser.shot("variables-" + user);
        }
    }

    @Test
    @DisplayName("controls follow permissions, not names: an auditor granted \"suspend\" only sees Suspend; taken back while the page is open, the engine's refusal reads as one sentence")
    void refusalReadsAsOneSentence() {
        String reference = cases.submit(feeComplaint());
        String processId = cases.process(reference).getId();
        String suffix = Long.toString(System.nanoTime(), 36);
        String user = "auditor" + suffix;
        String group = "auditors-" + suffix;
        User auditor = identityService.newUser(user);
        auditor.setFirstName("Ada");
        auditor.setLastName("Auditor");
        auditor.setPassword(Desk.DEMO_PASSWORD);
        identityService.saveUser(auditor);
        Group auditors = identityService.newGroup(group);
        auditors.setName("Auditors");
        identityService.saveGroup(auditors);
        identityService.createMembership(user, group);
        List<Authorization> grants = List.of(
                grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS),
                grant(group, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
                        ProcessDefinitionPermissions.READ_INSTANCE));
        Authorization suspend = grant(group, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.SUSPEND);
        try {
            browser("look-auditor");
            browser.login(app("cockpit"), user);
            browser.show(URI.create(app("cockpit") + "#/process-instance/" + processId + "/runtime"));
            permissionsAnswered("/process-instance/" + processId + "/runtime");
            assertOffered(user, ".ctn-toolbar a", "Suspend Process Instance", true);
            for (String action : INSTANCE_ACTIONS.subList(0, 3)) {
                assertOffered(user, ".ctn-toolbar a", action, false);
            }
            browser.shot("auditor-may-suspend");

            authorizationService.deleteAuthorization(suspend.getId());
            browser.click(By.cssSelector(".ctn-toolbar a[uib-tooltip='Suspend Process Instance']"));
            browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Suspend']"));
            WebElement refusal = browser.visible(By.xpath("//div[contains(@class,'modal-dialog')]"
                    + "//div[contains(@class,'alert') and contains(., \"" + REFUSED + "\")]"));
            assertThat(refusal.getText()).contains("Not allowed", REFUSED);
            assertThat(browser.text(By.cssSelector(".modal-dialog")))
                    .doesNotContain("permission", "does not have", user, "ProcessInstance", "AuthorizationException");
            browser.shot("auditor-refused");
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processId).singleResult().isSuspended())
                    .as("the engine refused").isFalse();
        } finally {
            grants.forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
            identityService.deleteMembership(user, group);
            identityService.deleteGroup(group);
            identityService.deleteUser(user);
        }
    }

    @Test
    @DisplayName("the desk's own pages carry its name in the title, its logo and favicon: the analytics dashboard and the customers' status page")
    void ownPagesCarryTheDesksLook() {
        browser("look-own-pages");
        browser.openStaffPage(url("/dashboard"), "compliance");
        browser.visible(By.cssSelector("#kpi-breaches"));
        assertThat(browser.title()).isEqualTo("Complaint analytics – " + PRODUCT);
        assertLogoShown(By.cssSelector("header.desk-brand img"));
        assertThat(favicons()).containsExactly("/logo.svg");
        browser.shot("dashboard");

        browser.show(URI.create(url("/status.html")));
        assertThat(browser.title()).isEqualTo("Complaint status / 投诉进度查询 – " + PRODUCT);
        assertLogoShown(By.cssSelector("header.desk-brand img"));
        assertThat(browser.visible(By.cssSelector("header.desk-brand a")).getDomAttribute("href")).isEqualTo("/");
        assertThat(favicons()).containsExactly("/logo.svg");
        browser.shot("status-page");
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** A fresh English browser; the previous one (of another user) is closed. */
    private void browser(String journey) {
        if (browser != null) {
            browser.close();
        }
        browser = browsers.open(journey);
    }

    /** Waits until desk.js has the engine's answers for the page at {@code path} (controls hide until then). */
    private void permissionsAnswered(String path) {
        browser.until(() -> path.equals(browser.script("return document.body.getAttribute('data-desk-checked')")));
    }

    /** Whether a control (by its tooltip, as a person hovering it reads it) is offered: visible, or absent or hidden. */
    private void assertOffered(String user, String selector, String tooltip, boolean offered) {
        By control = By.cssSelector(selector + "[uib-tooltip=\"" + tooltip + "\"]");
        if (offered) {
            browser.visible(control);
        } else {
            assertThat(browser.displayed(control)).as(user + " is offered \"" + tooltip + "\"").isEmpty();
        }
    }

    /** Camunda's own mark is hidden and the desk's logo shown in its place (user-styles.css). */
    private void assertCamundaMarkReplaced(String selector) {
        browser.visible(By.cssSelector(selector));
        assertThat(browser.<String>script("return getComputedStyle(document.querySelector(arguments[0])).backgroundImage", selector))
                .contains("/logo.svg");
        assertThat(browser.displayed(By.cssSelector(selector + " svg"))).as("Camunda's mark").isEmpty();
    }

    private void assertLogoShown(By image) {
        WebElement logo = browser.visible(image);
        assertThat(logo.getDomAttribute("src")).isEqualTo("/logo.svg");
        browser.until(() -> Boolean.TRUE.equals(browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0", logo)));
    }

    /** The favicons the page names, as written in its links. */
    private List<String> favicons() {
        return browser.<List<String>>script(
                "return Array.from(document.querySelectorAll('link[rel~=icon]')).map(link => link.getAttribute('href'))");
    }

    private String contentType(String path) {
        return browser.script("return fetch(arguments[0]).then(r => r.ok ? r.headers.get('content-type') : 'HTTP ' + r.status)", path);
    }

    /** A failed-job incident on the process: one of its timers out of retries, as after three failed attempts. */
    private Incident failedJobIncident(String processId) {
        Job timer = managementService.createJobQuery().processInstanceId(processId).timers().listPage(0, 1).get(0);
        managementService.setJobRetries(timer.getId(), 0);
        return runtimeService.createIncidentQuery().processInstanceId(processId).incidentType("failedJob").singleResult();
    }

    private Authorization grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        return authorizationService.saveAuthorization(authorization);
    }

    private static long resourceSize(String classpathResource) {
        try (InputStream in = Objects.requireNonNull(BankLookIT.class.getResourceAsStream(classpathResource), classpathResource)) {
            return in.readAllBytes().length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A webapp's page for the default engine, e.g. /camunda/app/cockpit/default/. */
    private String app(String name) {
        return url("/camunda/app/" + name + "/default/");
    }
}
