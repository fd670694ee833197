package com.bank.complaints.identity;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.bank.complaints.system.ClientAddress;
import com.bank.complaints.system.FailureThrottle;
import com.bank.complaints.system.ProblemResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every door where a password is checked: HTTP Basic on our API and pages and on the engine REST
 * API, the login form of Camunda's webapps and the desk's own login form (/login). Failures are counted per source address and account
 * ({@link FailureThrottle}); once they pile up, that source is refused for that account (429 with
 * Retry-After) before the password is even checked. The account itself is never locked, so its
 * owner, from their own source, still gets in: the engine's own lock, which shut an account for
 * everyone after one wrong password, is off (camunda.bpm.generic-properties in application.yml).
 * <p>
 * A door answers 401 when it refuses the credentials; that is what counts as a failure here (the desk's
 * login form sends the person back to the form instead, and says so in {@link #FAILED_LOGIN}). A person
 * refused at the desk's form gets the error page (429), not a JSON answer. The
 * engine's /identity/verify answers 200 either way, so it cannot be throttled: nothing of ours uses
 * it, and it is closed.
 */
@Component
@Order(LoginThrottle.ORDER)
class LoginThrottle extends OncePerRequestFilter {

    /** Before Spring Security (and every door behind it); after the character-encoding filter. */
    static final int ORDER = SecurityProperties.DEFAULT_FILTER_ORDER - 10;

    /** Set on the request by the desk's login form when it refused the password ({@link StaffLogin}). */
    static final String FAILED_LOGIN = LoginThrottle.class.getName() + ".failed";

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
    private static final String BASIC = "Basic ";
    /** The webapps' login form holds a user name and a password; anything bigger is not one. */
    private static final int MAX_LOGIN_FORM_BYTES = 8 * 1024;

    /** Where HTTP Basic credentials are checked: our logins (SecurityConfiguration) and the engine REST API's. */
    private static final List<String> BASIC_DOORS = Stream.concat(SecurityConfiguration.BASIC_LOGIN_ROOTS.stream(),
            Stream.of("/engine-rest")).toList();

    private final FailureThrottle throttle;
    private final Pattern webappLogin;
    private final Pattern passwordCheckWithoutLogin;

    LoginThrottle(@Value("${complaints.login.allowed-failures}") int allowedFailures,
            @Value("${complaints.login.failure-window}") Duration window,
            @Value("${complaints.login.max-tracked}") long maxTracked,
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.throttle = new FailureThrottle(allowedFailures, window, maxTracked);
        this.webappLogin = Pattern.compile(Pattern.quote(webappPath) + "/api/admin/auth/user/[^/]+/login/[^/]+/?");
        this.passwordCheckWithoutLogin = Pattern.compile(
                "(/engine-rest|" + Pattern.quote(webappPath) + "/api/engine)(/engine/[^/]+)?/identity/verify/?");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = path(request);
        if (passwordCheckWithoutLogin.matcher(path).matches()) {
            ProblemResponse.send(response, HttpStatus.FORBIDDEN,
                    "Checking passwords here bypasses the login throttle; log in through the API or the webapps instead.");
            return;
        }
        HttpServletRequest attempt = request;
        String account;
        boolean staffForm = false;
        if ("POST".equals(request.getMethod()) && StaffLogin.PAGE.equals(path)) {
            // the form as Spring Security reads it, by its parameters (the body is parsed once, for both)
            String userName = request.getParameter("username");
            account = userName == null ? "" : userName;
            staffForm = true;
        } else if ("POST".equals(request.getMethod()) && webappLogin.matcher(path).matches()) {
            byte[] form = request.getInputStream().readNBytes(MAX_LOGIN_FORM_BYTES + 1);
            if (form.length > MAX_LOGIN_FORM_BYTES) {
                ProblemResponse.send(response, HttpStatus.PAYLOAD_TOO_LARGE,
                        "A login form is at most " + MAX_LOGIN_FORM_BYTES + " bytes.");
                return;
            }
            Optional<String> userName = formField(request, form, "username");
            if (userName.isEmpty()) {
                ProblemResponse.send(response, HttpStatus.BAD_REQUEST,
                        "The login form is not URL-encoded (application/x-www-form-urlencoded, UTF-8).");
                return;
            }
            account = userName.get();
            attempt = new ReadAgain(request, form);
        } else {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            // elsewhere Basic credentials (which a browser may send along anywhere) are not checked, and a 401 means something else
            if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())
                    || BASIC_DOORS.stream().noneMatch(root -> path.equals(root) || path.startsWith(root + "/"))) {
                chain.doFilter(request, response);
                return;
            }
            Optional<String> userName = basicUser(authorization.substring(BASIC.length()));
            if (userName.isEmpty()) {
                // a door with a lenient decoder might still read a user here: refuse what this filter cannot count
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Realm\"");
                ProblemResponse.send(response, HttpStatus.UNAUTHORIZED,
                        "The Authorization header must be Basic followed by user:password in Base64.");
                return;
            }
            account = userName.get();
        }

        String source = ClientAddress.of(request);
        String key = source + " " + account.toLowerCase(Locale.ROOT);
        Optional<Duration> refusal = throttle.refusal(key);
        if (refusal.isPresent()) {
            if (staffForm) {
                // a person: the desk's error page, in their language
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.get().toSeconds()));
                response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            } else {
                tooManyFailures(response, refusal.get());
            }
            return;
        }
        chain.doFilter(attempt, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value() || request.getAttribute(FAILED_LOGIN) != null) {
            // the account is as typed: no line breaks of its own in the log
            throttle.failed(key).ifPresent(wait -> LOG.warn(
                    "Logins as '{}' from {} are refused for {} s after repeated wrong passwords",
                    account.replaceAll("\\p{Cntrl}", "?"), source, wait.toSeconds()));
        }
    }

    /** The path as the servlet container matched it: decoded, normalised, without path parameters. */
    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    private static Optional<String> basicUser(String credentials) {
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials.trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** The form field's first value as the webapp reads it ("" when absent); empty when the form is not URL-encoded. */
    private static Optional<String> formField(HttpServletRequest request, byte[] form, String name) {
        try {
            if (request.getContentType() == null
                    || !MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(request.getContentType()))) {
                return Optional.empty();
            }
            for (String pair : new String(form, StandardCharsets.UTF_8).split("&")) {
                int equals = pair.indexOf('=');
                String field = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                if (field.equals(name)) {
                    return Optional.of(equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
            return Optional.of("");
        } catch (IllegalArgumentException badContentTypeOrEncoding) {
            return Optional.empty();
        }
    }

    private static void tooManyFailures(HttpServletResponse response, Duration wait) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.toSeconds()));
        ProblemResponse.send(response, HttpStatus.TOO_MANY_REQUESTS, "Too many wrong passwords for this account from"
                + " your address; try again in " + wait.toSeconds() + " seconds.");
    }

    /** The request with its body, already read here to find the account, for the webapp to read again. */
    private static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the login form was already read; it is not read asynchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
