package com.bank.complaints.sla;

import static com.bank.complaints.TestComplaints.cardFraudComplaint;
import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.sla.BankTime.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.lifecycle.ComplaintLifecycle;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Issue 16: the SLA view's REST resource in Cockpit (/camunda/api/cockpit/plugin/sla-view/default/...)
 * on the real engine, called as the browser calls it, with a webapp session. Three complaints on a
 * controlled clock: A's reply is breached, B (card fraud) is late in the green channel, C's reply is
 * due within hours.
 */
// an IT beside the browser tests: apps that surefire's tests start and stop in the same JVM
// (RestartTest, GracefulShutdownTest) leave the webapps' JVM-wide state unable to log anyone in
@DeskTest
class SlaViewResourceIT {

    private static final String API = "/camunda/api/cockpit/plugin/sla-view/default/";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Desk desk;
    @Autowired
    CaseDriver cases;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    JdbcTemplate jdbc;

    private String lateA;
    private String lateB;
    private String dueSoonC;

    @BeforeEach
    void threeComplaintsOnTheBanksClock() {
        ClockUtil.setCurrentTime(at(2026, 11, 23, 10, 0));
        lateA = cases.submit(feeComplaint());
        lateB = cases.submit(cardFraudComplaint());
        ClockUtil.setCurrentTime(at(2026, 11, 23, 14, 0));
        dueSoonC = cases.submit(feeComplaint());

        // Thursday: A's reply (3 working days) was due at 10:00, C's is due at 14:00
        ClockUtil.setCurrentTime(at(2026, 11, 26, 10, 5));
        for (String reference : List.of(lateA, lateB, dueSoonC)) {
            cases.runJobs(reference);
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("Issue 16: compliance sees the open breaches and the clocks due within 24 hours, each with its reference, instance, stage and handling group, in bank time")
    void listsOpenBreachesAndClocksDueSoon() {
        JsonNode view = read(cockpitSession("compliance"), "overview");

        assertThat(view.get("zone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(view.get("now").asText()).isEqualTo("2026-11-26 10:05");
        assertThat(view.get("dueSoonUntil").asText()).isEqualTo("2026-11-27 10:05");

        JsonNode breachA = row(view.get("breaches"), lateA, "REPLY");
        assertThat(breachA.get("clockLabel").asText()).isEqualTo("Reply");
        assertThat(breachA.get("dueAt").asText()).isEqualTo("2026-11-26 10:00");
        assertThat(breachA.get("breachedAt").asText()).isEqualTo("2026-11-26 10:05");
        assertThat(breachA.get("lateBy").asText()).isEqualTo("5 min");
        assertThat(breachA.get("stageId").asText()).isEqualTo(ComplaintLifecycle.Activities.INVESTIGATION);
        assertThat(breachA.get("stage").asText()).isEqualTo("Investigation");
        assertThat(breachA.get("handlingGroup").asText()).isEqualTo(ComplaintLifecycle.Groups.COMPLAINT_HANDLERS);
        assertThat(breachA.get("processInstanceId").asText()).isEqualTo(cases.process(lateA).getId());
        assertThat(breachA.get("incidentMessage").asText()).contains("SLA breached", lateA);

        JsonNode breachB = row(view.get("breaches"), lateB, "URGENT_INTERVENTION");
        assertThat(breachB.get("dueAt").asText()).isEqualTo("2026-11-23 11:00");
        assertThat(breachB.get("lateBy").asText()).isEqualTo("2 d 23 h");
        assertThat(breachB.get("stageId").asText()).isEqualTo(ComplaintLifecycle.Activities.GREEN_CHANNEL);

        JsonNode dueC = row(view.get("dueSoon"), dueSoonC, "REPLY");
        assertThat(dueC.get("dueAt").asText()).isEqualTo("2026-11-26 14:00");
        assertThat(dueC.get("dueIn").asText()).isEqualTo("3 h 55 min");
        assertThat(dueC.get("stage").asText()).isEqualTo("Investigation");
        assertThat(dueC.get("handlingGroup").asText()).isEqualTo(ComplaintLifecycle.Groups.COMPLAINT_HANDLERS);
        assertThat(dueC.get("processInstanceId").asText()).isEqualTo(cases.process(dueSoonC).getId());
        assertThat(rows(view.get("dueSoon"), lateA)).as("A's regulatory deadline is weeks away").isEmpty();
        assertThat(rows(view.get("breaches"), dueSoonC)).as("nothing of C is late yet").isEmpty();
    }

    @Test
    @DisplayName("Issue 16: the view is grouped by clock, stage and handling group, and narrows to one of each")
    void groupsAndFilters() {
        Session compliance = cockpitSession("compliance");
        JsonNode view = read(compliance, "overview");

        for (String grouping : List.of("clock", "stage", "handlingGroup")) {
            JsonNode counts = view.get("groups").get(grouping);
            assertThat(sum(counts, "breaches")).as(grouping).isEqualTo(view.get("breaches").size());
            assertThat(sum(counts, "dueSoon")).as(grouping).isEqualTo(view.get("dueSoon").size());
        }
        JsonNode reply = find(view.get("groups").get("clock"), "REPLY");
        assertThat(reply.get("label").asText()).isEqualTo("Reply");
        assertThat(reply.get("breaches").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(reply.get("dueSoon").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(find(view.get("groups").get("stage"), "Urgent green channel").get("breaches").asInt()).isPositive();
        assertThat(values(view.get("options").get("clocks"))).contains("REPLY", "URGENT_INTERVENTION");
        assertThat(values(view.get("options").get("stages"))).contains("Investigation", "Urgent green channel");
        assertThat(values(view.get("options").get("handlingGroups"))).contains(ComplaintLifecycle.Groups.COMPLAINT_HANDLERS);

        JsonNode byClock = read(compliance, "overview?clock=REPLY");
        assertThat(byClock.get("breaches")).allSatisfy(row -> assertThat(row.get("clock").asText()).isEqualTo("REPLY"));
        assertThat(rows(byClock.get("breaches"), lateA)).hasSize(1);
        assertThat(rows(byClock.get("dueSoon"), dueSoonC)).hasSize(1);
        assertThat(values(byClock.get("options").get("clocks"))).as("the choices stay whole").contains("URGENT_INTERVENTION");

        JsonNode greenChannel = read(compliance, "overview?stage=" + ComplaintLifecycle.Activities.GREEN_CHANNEL);
        assertThat(greenChannel.get("breaches")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("stage").asText()).isEqualTo("Urgent green channel"));
        assertThat(rows(greenChannel.get("breaches"), lateB)).isNotEmpty();
        assertThat(rows(greenChannel.get("breaches"), lateA)).isEmpty();
        assertThat(read(compliance, "overview?stage=Investigation").get("dueSoon"))
                .allSatisfy(row -> assertThat(row.get("stageId").asText()).isEqualTo(ComplaintLifecycle.Activities.INVESTIGATION));

        String groupOfB = row(view.get("breaches"), lateB, "URGENT_INTERVENTION").get("handlingGroup").asText();
        JsonNode handlers = read(compliance, "overview?group=" + ComplaintLifecycle.Groups.COMPLAINT_HANDLERS);
        assertThat(handlers.get("breaches")).allSatisfy(row ->
                assertThat(row.get("handlingGroup").asText()).isEqualTo(ComplaintLifecycle.Groups.COMPLAINT_HANDLERS));
        assertThat(rows(handlers.get("breaches"), lateA)).isNotEmpty();
        assertThat(rows(handlers.get("dueSoon"), dueSoonC)).isNotEmpty();
        if (!groupOfB.equals(ComplaintLifecycle.Groups.COMPLAINT_HANDLERS)) {
            assertThat(rows(handlers.get("breaches"), lateB)).isEmpty();
        }
    }

    @Test
    @DisplayName("Issue 16: the heat map counts late and due-soon complaints per stage and per deadline frame; a resolved breach leaves it")
    void heatMapPerStageAndFrame() {
        Session supervisor = cockpitSession("supervisor");
        String definition = cases.process(lateA).getProcessDefinitionId();
        JsonNode heat = read(supervisor, "heatmap?processDefinitionId=" + definition);

        assertThat(heat.get("processDefinitionKey").asText()).isEqualTo(ComplaintLifecycle.PROCESS_KEY);
        JsonNode investigation = find(heat.get("elements"), "elementId", ComplaintLifecycle.Activities.INVESTIGATION);
        assertThat(investigation.get("kind").asText()).isEqualTo("stage");
        assertThat(investigation.get("name").asText()).isEqualTo("Investigation");
        assertThat(values(investigation.get("lateReferences"))).contains(lateA).doesNotContain(dueSoonC);
        assertThat(values(investigation.get("dueSoonReferences"))).contains(dueSoonC);
        assertThat(investigation.get("late").asInt()).isEqualTo(investigation.get("lateReferences").size());
        JsonNode replyFrame = find(heat.get("elements"), "elementId", ComplaintLifecycle.Activities.REPLY_DEADLINE);
        assertThat(replyFrame.get("kind").asText()).isEqualTo("frame");
        assertThat(values(replyFrame.get("lateReferences"))).contains(lateA);
        assertThat(values(replyFrame.get("dueSoonReferences"))).contains(dueSoonC);
        assertThat(values(find(heat.get("elements"), "elementId", ComplaintLifecycle.Activities.GREEN_CHANNEL)
                .get("lateReferences"))).contains(lateB);

        String panel = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(ComplaintLifecycle.ESCALATION_PROCESS_KEY).latestVersion().singleResult().getId();
        assertThat(read(supervisor, "heatmap?processDefinitionId=" + panel).get("elements")).as("another diagram").isEmpty();

        ResponseEntity<String> resolved = desk.as("supervisor").postForEntity(
                "/api/complaints/" + lateA + "/breaches/REPLY/resolution",
                Desk.json(Map.of("note", "Customer called back the same morning.")), String.class);
        assertThat(resolved.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode after = read(supervisor, "heatmap?processDefinitionId=" + definition);
        assertThat(values(find(after.get("elements"), "elementId", ComplaintLifecycle.Activities.INVESTIGATION)
                .get("lateReferences"))).doesNotContain(lateA);
        assertThat(rows(read(supervisor, "overview").get("breaches"), lateA)).as("the resolved breach").isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sla_breach WHERE reference = ? AND clock = 'REPLY'",
                Long.class, lateA)).as("the breach record stays").isOne();
    }

    @Test
    @DisplayName("Issue 16: only compliance officers, supervisors, senior managers and administrators may read it: a handler logged in to Tasklist is refused (403), a stranger too (401)")
    void onlyItsReadersMayReadIt() {
        assertThat(get(cockpitSession("compliance"), "overview").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(cockpitSession("supervisor"), "overview").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(cockpitSession("admin"), "heatmap").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(webappSession("director", "tasklist"), "overview").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(webappSession("director", "tasklist"), "access").getStatusCode()).isEqualTo(HttpStatus.OK);

        Session handler = webappSession("handler", "tasklist");
        for (String path : List.of("overview", "heatmap", "access")) {
            ResponseEntity<String> refused = get(handler, path);
            assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).as(path).doesNotContain(lateA).contains("compliance officers");
        }
        assertThat(get(webappSession("agent", "tasklist"), "overview").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(webappSession("ops", "tasklist"), "overview").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get(new Session(http, ""), "overview").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(desk.as("compliance").getForEntity(API + "overview", String.class).getStatusCode())
                .as("HTTP Basic is no webapp session").isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    @DisplayName("Issue 16: Cockpit loads the plugin: its script is served and named in Cockpit's page")
    void cockpitLoadsThePlugin() {
        ResponseEntity<String> script = http.getForEntity("/camunda/api/cockpit/plugin/sla-view/static/app/plugin.js",
                String.class);
        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(script.getHeaders().getContentType().toString()).startsWith("text/javascript");
        assertThat(script.getBody()).contains("export default", "cockpit.processDefinition.diagram.plugin", "cockpit.route");
        assertThat(http.getForEntity("/camunda/api/cockpit/plugin/sla-view/static/app/plugin.css", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/camunda/app/cockpit/default/", String.class).getBody())
                .contains("cockpit-plugin-sla-view", "/camunda/api/cockpit/plugin/sla-view/static/app");
    }

    // ---- the webapps' session, as a browser holds it ------------------------------------------------------

    /** Logs in to Cockpit as its login page does and answers a client that sends the session's cookies. */
    private Session cockpitSession(String user) {
        return webappSession(user, "cockpit");
    }

    private Session webappSession(String user, String app) {
        Map<String, String> cookies = new LinkedHashMap<>();
        ResponseEntity<String> page = http.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                new HttpEntity<>(new HttpHeaders()), String.class);
        keep(cookies, page);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set(HttpHeaders.COOKIE, cookieHeader(cookies));
        headers.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", Desk.DEMO_PASSWORD);
        ResponseEntity<String> login = http.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class);
        assertThat(login.getStatusCode()).as("login of " + user + " to " + app).isEqualTo(HttpStatus.OK);
        keep(cookies, login);
        return new Session(http, cookieHeader(cookies));
    }

    private static void keep(Map<String, String> cookies, ResponseEntity<?> response) {
        response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .flatMap(header -> HttpCookie.parse(header).stream())
                .forEach(cookie -> cookies.put(cookie.getName(), cookie.getValue()));
    }

    private static String cookieHeader(Map<String, String> cookies) {
        return cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    /** A browser's session of the webapps: its cookies go with every request (none for a stranger). */
    record Session(TestRestTemplate http, String cookies) {

        ResponseEntity<String> get(String url) {
            HttpHeaders headers = new HttpHeaders();
            if (!cookies.isEmpty()) {
                headers.set(HttpHeaders.COOKIE, cookies);
            }
            return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        }
    }

    private static ResponseEntity<String> get(Session client, String path) {
        return client.get(API + path);
    }

    private static JsonNode read(Session client, String path) {
        ResponseEntity<String> response = get(client, path);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        return Desk.parse(response.getBody());
    }

    // ---- reading the answers ---------------------------------------------------------------------------

    private static List<JsonNode> rows(JsonNode list, String reference) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(row -> row.get("reference").asText().equals(reference)).toList();
    }

    private static JsonNode row(JsonNode list, String reference, String clock) {
        List<JsonNode> found = rows(list, reference).stream().filter(row -> row.get("clock").asText().equals(clock)).toList();
        assertThat(found).as(reference + " " + clock + " in " + list).hasSize(1);
        return found.get(0);
    }

    private static JsonNode find(JsonNode counts, String key) {
        return find(counts, "key", key);
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        return StreamSupport.stream(list.spliterator(), false).filter(node -> node.get(field).asText().equals(value))
                .findFirst().orElseThrow(() -> new AssertionError("no " + field + " " + value + " in " + list));
    }

    private static int sum(JsonNode counts, String field) {
        int sum = 0;
        for (JsonNode count : counts) {
            sum += count.get(field).asInt();
        }
        return sum;
    }

    private static List<String> values(JsonNode list) {
        List<String> values = new ArrayList<>();
        for (JsonNode node : list) {
            values.add(node.isObject() ? node.get("value").asText() : node.asText());
        }
        return values;
    }
}
