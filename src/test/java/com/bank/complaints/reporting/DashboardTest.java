package com.bank.complaints.reporting;

import static com.bank.complaints.reporting.ReportData.FROM;
import static com.bank.complaints.reporting.ReportData.TO;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** R-AN-3 / R-REC-2: the dashboard and the report API are for compliance and management only; the page draws with Chart.js. */
@DeskTest
class DashboardTest {

    private static final String MARCH = "?from=" + FROM + "&to=" + TO;
    private static final Pattern CHART_JS = Pattern.compile("src=\"(/webjars/chart\\.js/[^\"]+\\.js)\"");

    @Autowired
    Desk desk;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier(DashboardConfiguration.READERS)
    ThreadPoolTaskExecutor readers;

    @BeforeEach
    void knownData() {
        ReportData.insertOnce(jdbc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dashboard", "/api/reports/kpis", "/api/reports/trend", "/api/reports/dimensions"})
    @DisplayName("anonymous visitors are asked to log in")
    void anonymousVisitorsMustLogIn(String path) {
        assertThat(desk.anonymous().getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"handler", "agent", "ops", "legal"})
    @DisplayName("staff outside compliance and management are refused")
    void otherStaffAreRefused(String user) {
        assertThat(desk.as(user).getForEntity("/dashboard", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(desk.as(user).getForEntity("/api/reports/kpis", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"compliance", "supervisor", "director", "admin"})
    @DisplayName("compliance officers, supervisors, senior managers and administrators see reports and dashboard")
    void complianceAndManagementSeeThem(String user) {
        assertThat(desk.as(user).getForEntity("/dashboard", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(desk.as(user).getForEntity("/api/reports/dimensions", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    @DisplayName("the dashboard shows the figures, the charts' canvases and data, and links each table to its CSV")
    void dashboardShowsTheFigures() {
        ResponseEntity<String> page = desk.as("compliance").getForEntity("/dashboard" + MARCH + "&bucket=WEEK", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        String html = page.getBody();
        assertThat(html).containsPattern("id=\"kpi-received\"><span class=\"figure\">5</span>")
                .containsPattern("id=\"kpi-closed\"><span class=\"figure\">5</span>")
                .contains("chart-trend", "chart-breaches", "chart-channel", "chart-category", "chart-satisfaction")
                .contains("data-report=\"{&quot;trend&quot;:{", "2025-W09")
                .contains("/api/reports/kpis?from=2025-03-01&amp;to=2025-03-31&amp;format=csv")
                .contains("/api/reports/trend?from=2025-03-01&amp;to=2025-03-31&amp;format=csv&amp;bucket=WEEK")
                .contains("/api/reports/dimensions?from=2025-03-01&amp;to=2025-03-31&amp;format=csv&amp;dimension=remedy")
                .contains("FEE, &quot;DOUBLE&quot; CHARGE")
                .contains("<script src=\"/reporting/dashboard.js\"></script>");
    }

    @Test
    @DisplayName("R-AN-5 the dashboard lists the open suspicious-pattern flags, masked, for supervisors to review")
    void dashboardListsOpenPatternFlags() {
        jdbc.update("INSERT INTO pattern_flag (kind, subject_key, first_reference, subject, sample, complaint_count, "
                + "first_seen, last_seen, status, created_at) VALUES ('TEXT', 'dashboard-test', 'RPT-R1', "
                + "'near-identical text', 'my fee was charged twice', 5, ?, ?, 'OPEN', ?)",
                ReportData.at("2025-03-03T09:00"), ReportData.at("2025-03-03T18:30"), ReportData.at("2025-03-03T18:31"));

        String html = desk.as("supervisor").getForObject("/dashboard" + MARCH, String.class);

        assertThat(html).contains("id=\"table-pattern-flags\"", "<td>near-identical text</td>",
                "<td>2025-03-03 09:00</td>", "<td>2025-03-03 18:30</td>", "<td>my fee was charged twice</td>");
    }

    @Test
    @DisplayName("R-AN-1 the dashboard shows the root causes of the month the period ends in and the improvement actions")
    void dashboardShowsRootCausesAndActions() {
        String html = desk.as("compliance").getForObject("/dashboard" + MARCH, String.class);

        assertThat(html).contains("Root causes of <span>2025-03</span>", "id=\"chart-causes\"",
                        "id=\"table-root-causes\"", "id=\"table-improvement-actions\"", "&quot;causes&quot;:{")
                .contains("/api/reports/root-causes?month=2025-03&amp;months=6&amp;top=10&amp;format=csv")
                .contains("/api/reports/improvement-actions?format=csv");
    }

    @Test
    @DisplayName("the dashboard loads Chart.js from its WebJar, served to the browser, and its own script")
    void chartJsComesFromTheWebJar() {
        String html = desk.as("compliance").getForObject("/dashboard", String.class);

        Matcher script = CHART_JS.matcher(html);
        assertThat(script.find()).as("a Chart.js script from /webjars").isTrue();
        ResponseEntity<String> chartJs = desk.anonymous().getForEntity(script.group(1), String.class);
        assertThat(chartJs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(chartJs.getBody()).startsWith("/*!\n * Chart.js v4");
        ResponseEntity<String> dashboardJs = desk.anonymous().getForEntity("/reporting/dashboard.js", String.class);
        assertThat(dashboardJs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(dashboardJs.getBody()).contains("new Chart(");
    }

    @Test
    @DisplayName("filters narrow the dashboard; bad ones are shown on the page with 400")
    void filtersAndBadFilters() {
        String app = desk.as("compliance").getForObject("/dashboard" + MARCH + "&channel=APP", String.class);
        assertThat(app).containsPattern("id=\"kpi-received\"><span class=\"figure\">2</span>")
                .contains("<option value=\"APP\" selected=\"selected\">Mobile app</option>");

        ResponseEntity<String> bad = desk.as("compliance").getForEntity("/dashboard?from=2025-04-01&to=2025-03-01",
                String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("from: must not be after to").doesNotContain("chart-trend");
    }

    @Test
    @DisplayName("without a language asked for, the dashboard is in English")
    void englishByDefault() {
        String html = desk.as("compliance").getForObject("/dashboard" + MARCH, String.class);

        assertThat(html).contains("<html lang=\"en\">", "Key figures", "&quot;received&quot;:&quot;Received&quot;")
                .doesNotContain("关键指标", "??dashboard.");
    }

    @Test
    @DisplayName("a Chinese browser gets the dashboard in Chinese, the charts' texts included, and keeps it while filtering")
    void chineseBrowser() {
        String html = inBrowserLanguage("zh-CN,zh;q=0.9,en;q=0.8", MARCH);

        assertThat(html).contains("<html lang=\"zh\">", "关键指标", "投诉根因分析 <span>2025-03</span>", "<td>首次响应</td>")
                .contains("&quot;received&quot;:&quot;受理&quot;", "&quot;closed&quot;:&quot;办结&quot;",
                        "&quot;labels&quot;:[&quot;首次响应&quot;")
                .contains("<input type=\"hidden\" name=\"lang\" value=\"zh\">")
                .doesNotContain("Key figures", "Root causes of", "??dashboard.");
    }

    @Test
    @DisplayName("?lang=en overrides a Chinese browser; the switch keeps the filters")
    void languageParameterOverridesTheBrowser() {
        String html = inBrowserLanguage("zh-CN", MARCH + "&channel=APP&lang=en");

        assertThat(html).contains("<html lang=\"en\">", "Key figures", "Root causes of <span>2025-03</span>")
                .contains("<input type=\"hidden\" name=\"lang\" value=\"en\">")
                .contains("href=\"/dashboard?from=2025-03-01&amp;to=2025-03-31&amp;channel=APP&amp;lang=zh\"")
                .doesNotContain("关键指标");
        assertThat(inBrowserLanguage("en-US", MARCH + "&lang=zh")).contains("<html lang=\"zh\">", "关键指标");
    }

    @Test
    @DisplayName("the page's reports are read side by side on a pool Spring manages, as large as configured")
    void readersAreASpringManagedPoolOfTheConfiguredSize() {
        assertThat(readers.getCorePoolSize()).isEqualTo(6);
        assertThat(readers.getMaxPoolSize()).isEqualTo(6);
    }

    private String inBrowserLanguage(String acceptLanguage, String query) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        return desk.as("compliance").exchange("/dashboard" + query, HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getBody();
    }
}
