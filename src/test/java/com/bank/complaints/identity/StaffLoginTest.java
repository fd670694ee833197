package com.bank.complaints.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

/**
 * Issue 16: people log in once, on a page, not in the browser's Basic pop-up. A person's browser that opens a
 * staff page without a login is sent to the desk's login page; the login there is the webapps' login too
 * (Tasklist, Cockpit, Admin), and a login at Tasklist counts on the staff pages; logging out ends both. The
 * session's forms carry a CSRF token; on the API the session counts for reading only. Integrations keep HTTP
 * Basic exactly as before. Each browser here is its own cookie jar behind the bank's proxy (X-Forwarded-For).
 */
@DeskTest
class StaffLoginTest {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;

    @Test
    @DisplayName("Issue 16: a person's browser opening the dashboard without a login is sent to the desk's login page, with no Basic challenge (no pop-up)")
    void aBrowserIsSentToTheLoginPage() throws Exception {
        Person person = new Person();

        HttpResponse<String> dashboard = person.get("/dashboard?lang=zh");

        assertThat(dashboard.statusCode()).isEqualTo(302);
        assertThat(dashboard.headers().firstValue(HttpHeaders.LOCATION)).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        assertThat(dashboard.headers().firstValue(HttpHeaders.WWW_AUTHENTICATE)).isEmpty();
        HttpResponse<String> login = person.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<title>Log in – Complaint Desk</title>", "src=\"/logo.svg\"",
                "href=\"/desk.css\"", "name=\"username\"", "type=\"password\"", "name=\"_csrf\"");
        assertThat(person.get("/mail").statusCode()).as("the demo's mailbox").isEqualTo(302);
        assertThat(person.get("/api/reports/kpis?format=csv").statusCode()).as("a CSV link of the dashboard").isEqualTo(302);
    }

    @Test
    @DisplayName("Issue 16: integrations keep HTTP Basic: without credentials 401 with the Basic challenge, with them the answer")
    void integrationsKeepHttpBasic() throws Exception {
        Person tool = new Person();
        for (String path : new String[] {"/api/reports/kpis", "/dashboard", "/mail"}) {
            HttpResponse<String> anonymous = tool.send(tool.request(path).header("Accept", "application/json").GET());
            assertThat(anonymous.statusCode()).as(path).isEqualTo(401);
            assertThat(anonymous.headers().firstValue(HttpHeaders.WWW_AUTHENTICATE)).as(path).hasValue("Basic realm=\"Realm\"");
        }
        assertThat(tool.send(tool.request("/api/reports/kpis").header("Authorization", basic("compliance")).GET())
                .statusCode()).isEqualTo(200);
        HttpResponse<String> dashboard = tool.send(tool.request("/dashboard").header("Authorization", basic("compliance"))
                .header("Accept", HTML).GET());
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).doesNotContain("/logout").as("nothing to log out of with Basic");
        assertThat(tool.cookies()).as("a Basic call makes no session").isEmpty();
    }

    @Test
    @DisplayName("Issue 16: one login on the desk's login page serves the dashboard, Tasklist and Cockpit; the person goes on to the page they asked for")
    void oneLoginForTheDashboardAndTheWebapps() throws Exception {
        Person person = new Person();
        person.get("/dashboard?from=2025-03-01&to=2025-03-31");
        String before = person.cookies().get("JSESSIONID");

        HttpResponse<String> login = person.logIn("compliance", Desk.DEMO_PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue(HttpHeaders.LOCATION)).hasValueSatisfying(
                location -> assertThat(location).endsWith("/dashboard?from=2025-03-01&to=2025-03-31"));
        assertThat(person.cookies().get("JSESSIONID")).as("a new session at login").isNotEqualTo(before);
        assertThat(login.headers().allValues(HttpHeaders.SET_COOKIE)).as(login.headers().map().toString()).anySatisfy(
                cookie -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
        HttpResponse<String> dashboard = person.get("/dashboard?from=2025-03-01&to=2025-03-31");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Logged in as compliance", "href=\"/camunda/app/tasklist/\"",
                "href=\"/camunda/app/cockpit/\"", "action=\"/logout\"", "name=\"_csrf\"");
        HttpResponse<String> webapps = person.send(person.request("/camunda/api/admin/auth/user/default")
                .header("Accept", "application/json").GET());
        assertThat(webapps.statusCode()).isEqualTo(200);
        assertThat(webapps.body()).contains("\"userId\":\"compliance\"", "cockpit");
    }

    @Test
    @DisplayName("Issue 16: who logged in at Tasklist opens the dashboard without logging in again")
    void aTasklistLoginCountsOnTheDashboard() throws Exception {
        Person person = new Person();
        person.get("/camunda/api/admin/auth/user/default");
        HttpResponse<String> login = person.send(person.request(Source.WebappSession.LOGIN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", person.lastXsrfToken())
                .POST(form(Map.of("username", "director", "password", Desk.DEMO_PASSWORD))));
        assertThat(login.statusCode()).isEqualTo(200);

        HttpResponse<String> dashboard = person.get("/dashboard");

        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Logged in as director");
    }

    @Test
    @DisplayName("Issue 16: the login form takes no post without its CSRF token: nobody is logged in by another site's page")
    void theLoginFormNeedsItsCsrfToken() throws Exception {
        Person person = new Person();
        person.get("/login");

        HttpResponse<String> forged = person.send(person.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("username", "compliance", "password", Desk.DEMO_PASSWORD))));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(person.get("/dashboard").statusCode()).as("not logged in").isEqualTo(302);
    }

    @Test
    @DisplayName("Issue 16: a wrong password sends the person back to the login page with the reason; the login throttle counts it and refuses the source with the desk's 429 page")
    void wrongPasswordsAreShownAndThrottled() throws Exception {
        Person person = new Person();
        HttpResponse<String> wrong = person.logIn("supervisor", "not-the-password");

        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(wrong.headers().firstValue(HttpHeaders.LOCATION)).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        assertThat(person.get("/login?error").body()).contains("Wrong user name or password.");
        for (int guess = 1; guess < 5; guess++) {
            assertThat(person.logIn("supervisor", "guess-" + guess).statusCode()).isEqualTo(302);
        }

        HttpResponse<String> refused = person.logIn("supervisor", Desk.DEMO_PASSWORD);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue(HttpHeaders.RETRY_AFTER)).isPresent();
        assertThat(refused.body()).contains("Too many attempts", "src=\"/logo.svg\"").doesNotContain("Whitelabel");
        assertThat(new Person().logIn("supervisor", Desk.DEMO_PASSWORD).statusCode()).as("from another computer")
                .isEqualTo(302);
    }

    @Test
    @DisplayName("Issue 16: logging out on a staff page (a form with its CSRF token) ends the session of the dashboard and the webapps alike")
    void logoutEndsBoth() throws Exception {
        Person person = new Person();
        person.logIn("supervisor", Desk.DEMO_PASSWORD);
        String page = person.get("/dashboard").body();

        HttpResponse<String> logout = person.send(person.request("/logout")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("_csrf", csrf(page)))));

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue(HttpHeaders.LOCATION)).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?logout"));
        assertThat(person.get("/login?logout").body()).contains("You have logged out");
        assertThat(person.get("/dashboard").statusCode()).isEqualTo(302);
        assertThat(person.send(person.request("/camunda/api/admin/auth/user/default").GET()).statusCode())
                .as("the webapps' login is gone too").isEqualTo(404);
    }

    @Test
    @DisplayName("Issue 16: on the API the session counts for reading only: a post with the session cookie and no Basic credentials changes nothing")
    void theSessionReadsTheApiButChangesNothing() throws Exception {
        Person person = new Person();
        person.logIn("supervisor", Desk.DEMO_PASSWORD);
        assertThat(person.send(person.request("/api/reports/kpis").header("Accept", "application/json").GET()).statusCode())
                .isEqualTo(200);

        HttpResponse<String> post = person.send(person.request("/api/improvement-actions")
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"axis\":\"PROCESS\",\"cause\":\"FEE_RULES_UNCLEAR\","
                        + "\"title\":\"Forged by another site\",\"owner\":\"handler\",\"dueOn\":\"2030-12-31\"}")));

        assertThat(post.statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("Issue 16: a logged-in member of staff whose role may not open the dashboard gets the desk's 403 page in their language, not Spring's Whitelabel page")
    void aRefusedPersonGetsTheDesksPage() throws Exception {
        Person person = new Person();
        person.logIn("handler", Desk.DEMO_PASSWORD);

        HttpResponse<String> refused = person.send(person.request("/dashboard").header("Accept", HTML)
                .header("Accept-Language", "zh-CN,zh;q=0.9").GET());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("<html lang=\"zh\"", "错误 403", "您的角色无权访问此页面", "以其他用户登录",
                "src=\"/logo.svg\"", "href=\"/desk.css\"").doesNotContain("Whitelabel", "Forbidden");
    }

    // ---- a browser: its cookies, behind the proxy at an address of its own ------------------------------

    private final class Person {

        private final CookieManager jar = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(jar)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String address = address();

        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("X-Forwarded-For", address);
        }

        /** A page as a browser opens it. */
        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(request(path).header("Accept", HTML).GET());
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The desk's login page, then its form with the page's CSRF token. */
        HttpResponse<String> logIn(String user, String password) throws IOException, InterruptedException {
            String page = get("/login").body();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("username", user);
            fields.put("password", password);
            fields.put("_csrf", csrf(page));
            return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", HTML).POST(form(fields)));
        }

        Map<String, String> cookies() {
            return jar.getCookieStore().getCookies().stream()
                    .collect(Collectors.toMap(cookie -> cookie.getName(), cookie -> cookie.getValue(), (a, b) -> b));
        }

        /** The webapps' CSRF token, as their pages read it from its cookie. */
        String lastXsrfToken() {
            return Optional.ofNullable(cookies().get("XSRF-TOKEN")).orElseThrow();
        }
    }

    private static String address() {
        return "192.0.2." + NEXT_ADDRESS.getAndIncrement();
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return token.group(1);
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Desk.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
