package com.bank.complaints.browser;

import static com.bank.complaints.TestComplaints.unclearComplaint;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.REPLY_DEADLINE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.REVIEW_TRIAGE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.TRIAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.DeskTest;
import com.bank.complaints.sla.SlaClock;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16: a compliance officer opens the SLA view in Cockpit (its own navigation entry), finds the
 * late complaint by its reference and clock, groups and narrows the lists, follows the link to the
 * complaint's lifecycle instance, and sees the heat map's badges on the lifecycle's diagram. The
 * pictures of the view and of the heat map go to the README's pictures ({@link Screens}); every step's to target/screenshots.
 */
@DeskTest
class SlaViewIT {


    @LocalServerPort
    int port;
    @Autowired
    CaseDriver cases;
    @Autowired
    RuntimeService runtimeService;

    private Browser browser;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("Issue 16: compliance sees the late complaint's reference and clock in Cockpit's SLA view, follows it to the instance and sees the heat-map badge on the diagram")
    void complianceOfficerWatchesTheSlaInCockpit() {
        // a classification left unreviewed for 25 hours: its first answer (24 h) is late
        String late = receivedAgo(Duration.ofHours(25));
        // one received two hours ago: its first answer is due within 24 hours
        String dueSoon = receivedAgo(Duration.ofHours(2));
        assertThat(cases.openTasks(late)).containsExactly(REVIEW_TRIAGE);
        String lateInstance = cases.process(late).getId();

        browser = browsers.open("sla");
        browser.login(cockpit(), "compliance");
        browser.visible(By.cssSelector(".sla-dashboard"));
        browser.shot("dashboard-with-the-sla-line");

        browser.click(By.cssSelector(".sla-navigation a"));
        By lateRow = row("sla-breaches", late, SlaClock.FIRST_RESPONSE);
        assertThat(browser.text(lateRow)).contains(late, "First response", "Triage");
        assertThat(browser.text(row("sla-due-soon", dueSoon, SlaClock.FIRST_RESPONSE))).contains(dueSoon, "First response");
        assertThat(browser.text(By.cssSelector(".sla-as-of"))).contains("Asia/Shanghai")
                .containsPattern("as of \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(browser.text(By.cssSelector(lateRowCss(late) + " td:nth-child(3)"))).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        browser.shotAs(Screens.named("cockpit-sla-view.png"));
        browser.shot("sla-view");

        // grouped by stage, then narrowed to the first-response clock
        browser.click(By.cssSelector("select[name=groupBy] option[value=stage]"));
        browser.visible(By.cssSelector("table.sla-breaches tr.sla-group[data-group='Triage']"));
        browser.shot("grouped-by-stage");
        browser.click(By.cssSelector("select[name=clock] option[value=FIRST_RESPONSE]"));
        browser.until(() -> browser.<Boolean>script("return Array.from(document.querySelectorAll('table.sla-table tr.sla-row'))"
                + ".every(row => row.dataset.clock === 'FIRST_RESPONSE')"));
        browser.visible(lateRow);
        browser.shotAs(Screens.named("cockpit-sla-view-grouped.png"));
        browser.shot("first-response-grouped-by-stage");

        // the reference leads to the complaint's lifecycle instance
        browser.click(By.cssSelector(lateRowCss(late) + " a.sla-instance"));
        browser.until(() -> browser.<String>script("return window.location.href").contains("/process-instance/" + lateInstance));
        browser.textAppears(By.cssSelector("body"), late);
        browser.shot("the-late-complaints-instance");

        // the heat map on the lifecycle's diagram: the late complaint in triage and in the reply frame
        String definition = cases.process(late).getProcessDefinitionId();
        browser.show(URI.create(cockpit() + "#/process-definition/" + definition + "/runtime"));
        By triageLate = By.cssSelector(".sla-heat[data-element='" + TRIAGE + "'] .sla-late");
        assertThat(Integer.parseInt(browser.text(triageLate))).isGreaterThanOrEqualTo(1);
        assertThat(browser.visible(triageLate).getDomAttribute("title")).contains(late);
        By frameLate = By.cssSelector(".sla-heat[data-element='" + REPLY_DEADLINE + "'] .sla-late");
        assertThat(browser.visible(frameLate).getDomAttribute("title")).contains(late);
        By triageDueSoon = By.cssSelector(".sla-heat[data-element='" + TRIAGE + "'] .sla-due-soon");
        assertThat(browser.visible(triageDueSoon).getDomAttribute("title")).contains(dueSoon);
        assertThat(browser.<String>script("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(name => name.includes('/sla-view/default/heatmap')).join(' ')"))
                .as("the diagram plugin asks for this definition's heat map")
                .contains("processDefinitionId=" + definition.replace(":", "%3A"));
        // larger, for the picture: Cockpit's own buttons maximise the diagram and fit it to the larger pane
        browser.click(By.cssSelector(".maximize-collapsable"));
        browser.click(By.cssSelector(".navigation.reset button"));
        browser.visible(triageLate);
        browser.visible(frameLate);
        browser.shotAs(Screens.named("cockpit-sla-heatmap.png"));
        browser.shot("heat-map-on-the-lifecycle");
    }

    /** An unclear complaint (it waits for a handler to review its triage) received that long ago; its due timers run now. */
    private String receivedAgo(Duration ago) {
        ClockUtil.setCurrentTime(Date.from(Instant.now().minus(ago)));
        String reference = cases.submit(unclearComplaint());
        ClockUtil.reset();
        cases.runJobs(reference);
        return reference;
    }

    private static By row(String table, String reference, SlaClock clock) {
        return By.cssSelector("table." + table + " tr.sla-row[data-reference='" + reference + "'][data-clock='" + clock + "']");
    }

    private static String lateRowCss(String reference) {
        return "table.sla-breaches tr.sla-row[data-reference='" + reference + "'][data-clock='FIRST_RESPONSE']";
    }

    private String cockpit() {
        return "http://localhost:" + port + "/camunda/app/cockpit/default/";
    }
}
