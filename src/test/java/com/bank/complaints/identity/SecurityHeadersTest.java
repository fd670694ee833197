package com.bank.complaints.identity;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.customer.SignedLinks;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Issue 13 point 7: every page and answer we serve carries the security headers; behind TLS (the
 * bank's proxy says X-Forwarded-Proto: https) also HSTS and Secure cookies. Camunda's webapps keep
 * Camunda's own header security.
 */
@DeskTest
class SecurityHeadersTest {

    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Desk desk;
    @Autowired
    SignedLinks links;

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("the status page", "/status.html", null),
                Arguments.of("the status page's script", "/status.js", null),
                Arguments.of("the stylesheet", "/desk.css", null),
                Arguments.of("the status look-up API", "/api/complaints/CC-19990101-000001/status?phoneLast4=1234", null),
                Arguments.of("a page of ours that does not exist", "/no-such-page.html", null),
                Arguments.of("the staff API", "/api/case-library", "handler"),
                Arguments.of("the dashboard", "/dashboard", "compliance"),
                Arguments.of("the mailbox", "/mail", "ops"),
                Arguments.of("the engine REST API", "/engine-rest/task", "handler"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    @DisplayName("Issue 13 point 7: our pages and APIs send CSP, nosniff, no framing and no Referer")
    void everyPageCarriesTheSecurityHeaders(String page, String url, String user) {
        assertSecurityHeaders(get(url, user, new HttpHeaders()));
    }

    @Test
    @DisplayName("Issue 13 point 7: the customer's answer page behind a signed link carries the security headers")
    void theCustomersAnswerPageCarriesTheSecurityHeaders() {
        String reference = desk.accepted(with(feeComplaint(), "customerEmail", "headers@example.com"));
        String link = links.url(reference, SignedLinks.Purpose.SURVEY);

        ResponseEntity<String> page = get(link.substring(link.indexOf("/customer/respond")), null, new HttpHeaders());

        assertThat(page.getStatusCode().is2xxSuccessful()).isTrue();
        assertSecurityHeaders(page);
    }

    @Test
    @DisplayName("Issue 13 point 7: a mail shown on /mail may keep its inline styles, and runs no script")
    void theMailPageAllowsInlineStylesOnly() {
        desk.runJobs(desk.accepted(with(feeComplaint(), "customerEmail", "mail-policy@example.com")));

        ResponseEntity<String> mail = get("/mail/0", "ops", new HttpHeaders());

        assertThat(mail.getHeaders().get("Content-Security-Policy")).singleElement().asString()
                .contains("style-src 'self' 'unsafe-inline'", "script-src 'none'", "frame-ancestors 'none'");
    }

    @Test
    @DisplayName("Issue 13 point 7: over plain HTTP (the demo) no HSTS is sent")
    void noHstsOverPlainHttp() {
        assertThat(get("/status.html", null, new HttpHeaders()).getHeaders().containsKey("Strict-Transport-Security"))
                .isFalse();
    }

    @Test
    @DisplayName("Issue 13 point 7: behind TLS (X-Forwarded-Proto https from the proxy) our pages send HSTS")
    void hstsBehindTls() {
        ResponseEntity<String> page = get("/status.html", null, behindTls());

        assertThat(page.getHeaders().getFirst("Strict-Transport-Security")).contains("max-age=");
    }

    @Test
    @DisplayName("Issue 13 point 7: behind TLS the session cookie is Secure")
    void sessionCookieIsSecureBehindTls() {
        ResponseEntity<String> webapp = get("/camunda/api/admin/auth/user/default", null, behindTls());

        assertThat(sessionCookie(webapp)).containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly");
    }

    @Test
    void sessionCookieOverPlainHttpIsNotSecure() {
        ResponseEntity<String> webapp = get("/camunda/api/admin/auth/user/default", null, new HttpHeaders());

        assertThat(sessionCookie(webapp)).doesNotContainIgnoringCase("Secure");
    }

    @Test
    @DisplayName("Issue 13 point 7: Camunda's webapps keep Camunda's own Content-Security-Policy, not a second one")
    void theWebappsKeepCamundasOwnPolicy() {
        ResponseEntity<String> tasklist = get("/camunda/app/tasklist/default/", null, new HttpHeaders());

        List<String> policies = tasklist.getHeaders().get("Content-Security-Policy");
        assertThat(policies).singleElement().asString().isNotEqualTo(POLICY).contains("frame-ancestors 'none'");
    }

    private ResponseEntity<String> get(String url, String user, HttpHeaders headers) {
        if (user != null) {
            headers.setBasicAuth(user, Desk.DEMO_PASSWORD);
        }
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static HttpHeaders behindTls() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Forwarded-Proto", "https");
        return headers;
    }

    private static String sessionCookie(ResponseEntity<String> response) {
        return response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.getHeaders()));
    }

    private static void assertSecurityHeaders(ResponseEntity<String> response) {
        HttpHeaders headers = response.getHeaders();
        assertThat(headers.get("Content-Security-Policy")).containsExactly(POLICY);
        assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.get("X-Frame-Options")).containsExactly("DENY");
        assertThat(headers.get("Referrer-Policy")).containsExactly("no-referrer");
    }
}
