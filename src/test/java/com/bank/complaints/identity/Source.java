package com.bank.complaints.identity;

import java.net.HttpCookie;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Requests from one source address, as the bank's reverse proxy hands them on (X-Forwarded-For,
 * which the app trusts from a proxy on its own machine, as the tests are): a guesser's machine, or
 * the real user's browser.
 */
record Source(TestRestTemplate http, String address) {

    /** GET with HTTP Basic credentials. */
    ResponseEntity<String> get(String url, String user, String password) {
        HttpHeaders headers = headers();
        headers.setBasicAuth(user, password);
        return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** Logs in to Tasklist as its login page does: a page first (session and CSRF token), then the form. */
    ResponseEntity<String> webappLogin(String user, String password) {
        return webappSession().login(user, password);
    }

    /** A new browser session of the webapps: its cookies and the CSRF token they hand out on a GET. */
    WebappSession webappSession() {
        return new WebappSession(this, Map.of(), null).fetchingToken();
    }

    HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Forwarded-For", address);
        return headers;
    }

    /** One browser's session in the webapps. */
    record WebappSession(Source source, Map<String, String> cookies, String csrfToken) {

        static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

        ResponseEntity<String> login(String user, String password) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("username", user);
            form.add("password", password);
            return post(LOGIN, form, MediaType.APPLICATION_FORM_URLENCODED, true);
        }

        /** This browser after a login, which starts a new session with a new CSRF token. */
        WebappSession loggedIn(String user, String password) {
            ResponseEntity<String> login = login(user, password);
            if (!login.getStatusCode().is2xxSuccessful()) {
                throw new AssertionError("webapp login as " + user + ": " + login.getStatusCode());
            }
            return keeping(login).fetchingToken();
        }

        /** The webapps hand a session's CSRF token out on its first GET, in a header (and a cookie). */
        private WebappSession fetchingToken() {
            HttpHeaders headers = source.headers();
            headers.set(HttpHeaders.COOKIE, cookieHeader());
            ResponseEntity<String> page = source.http().exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                    new HttpEntity<>(headers), String.class);
            return new WebappSession(source, cookies, page.getHeaders().getFirst("X-XSRF-TOKEN")).keeping(page);
        }

        private String cookieHeader() {
            return cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
        }

        ResponseEntity<String> post(String url, Object body, MediaType type, boolean withCsrfToken) {
            HttpHeaders headers = source.headers();
            headers.setContentType(type);
            headers.set(HttpHeaders.COOKIE, cookieHeader());
            if (withCsrfToken) {
                headers.set("X-XSRF-TOKEN", csrfToken);
            }
            return source.http().exchange(url, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
        }

        private WebappSession keeping(ResponseEntity<?> response) {
            Map<String, String> kept = new LinkedHashMap<>(cookies);
            response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                    .flatMap(header -> HttpCookie.parse(header).stream())
                    .forEach(cookie -> kept.put(cookie.getName(), cookie.getValue()));
            return new WebappSession(source, kept, csrfToken);
        }
    }
}
