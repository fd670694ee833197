package com.bank.complaints.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 13 point 5: a guesser sending wrong passwords for a member of staff is slowed down at their
 * own source address; the account is never locked, so its owner still gets in from theirs. Each test
 * uses its own source addresses, as two machines behind the bank's proxy.
 */
@DeskTest
class LoginThrottleTest {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);
    private static final int GUESSES = 20;

    @Autowired
    TestRestTemplate http;
    @Autowired
    IdentityService identityService;

    @Test
    @DisplayName("Issue 13 point 5: after 20 wrong passwords for handler from one source, handler logs in to the API from another")
    void guessingDoesNotLockTheOwnerOutOfTheApi() {
        Source guesser = newSource();
        guessHandlersPassword(guesser, "/api/case-library");

        ResponseEntity<String> owner = newSource().get("/api/case-library", "handler", Desk.DEMO_PASSWORD);

        assertThat(owner.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    @DisplayName("Issue 13 point 5: after 20 wrong passwords for handler from one source, handler uses the engine REST API from another")
    void guessingDoesNotLockTheOwnerOutOfTheEngineRestApi() {
        Source guesser = newSource();
        guessHandlersPassword(guesser, "/engine-rest/task");

        ResponseEntity<String> owner = newSource().get("/engine-rest/task", "handler", Desk.DEMO_PASSWORD);

        assertThat(owner.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    @DisplayName("Issue 13 point 5: after 20 wrong passwords for handler at the webapps' login from one source, handler logs in to Tasklist from another")
    void guessingDoesNotLockTheOwnerOutOfTheWebapps() {
        Source guesser = newSource();
        for (int guess = 0; guess < GUESSES; guess++) {
            assertThat(guesser.webappLogin("handler", "guess-" + guess).getStatusCode())
                    .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.TOO_MANY_REQUESTS);
        }
        assertThat(guesser.webappLogin("handler", Desk.DEMO_PASSWORD).getStatusCode())
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        ResponseEntity<String> owner = newSource().webappLogin("handler", Desk.DEMO_PASSWORD);

        assertThat(owner.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(owner.getBody()).contains("\"userId\":\"handler\"");
    }

    @Test
    @DisplayName("Issue 13 point 5: the guessing source is refused (429, Retry-After) even with the right password during its penalty")
    void theGuessingSourceIsRefusedEvenWithTheRightPassword() {
        Source guesser = newSource();
        guessHandlersPassword(guesser, "/api/case-library");

        ResponseEntity<String> rightPassword = guesser.get("/api/case-library", "handler", Desk.DEMO_PASSWORD);

        assertThat(rightPassword.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(Long.parseLong(rightPassword.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
        assertThat(rightPassword.getBody()).contains("Too many wrong passwords");
    }

    @Test
    @DisplayName("Issue 13 point 5: a refused attempt does not even check the password")
    void aRefusedAttemptChecksNoPassword() {
        Source guesser = newSource();
        guessHandlersPassword(guesser, "/engine-rest/task");
        int checkedWrongPasswords = failedChecks("handler");

        ResponseEntity<String> refused = guesser.get("/engine-rest/task", "handler", "one-more-guess");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(failedChecks("handler")).isEqualTo(checkedWrongPasswords);
    }

    @Test
    @DisplayName("Issue 13 point 5: the first wrong passwords are answered 401, as before; the throttle starts after the allowed failures")
    void theFirstWrongPasswordsAreUnauthorized() {
        Source source = newSource();

        for (int guess = 0; guess < 5; guess++) {
            assertThat(source.get("/api/case-library", "supervisor", "typo-" + guess).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(source.get("/api/case-library", "supervisor", Desk.DEMO_PASSWORD).getStatusCode())
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    @DisplayName("Issue 13 point 5: guessing one account does not stop the same source logging in as another")
    void guessingOneAccountLeavesTheSourcesOtherAccountsAlone() {
        Source shared = newSource();
        guessHandlersPassword(shared, "/api/case-library");

        assertThat(shared.get("/api/case-library", "supervisor", Desk.DEMO_PASSWORD).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    @DisplayName("Issue 13 point 5: the engine's password check without a login (/identity/verify) is closed, it would bypass the throttle")
    void passwordCheckingWithoutALoginIsClosed() {
        HttpHeaders headers = newSource().headers();
        headers.setBasicAuth("admin", Desk.DEMO_PASSWORD);
        int checkedWrongPasswords = failedChecks("handler");

        ResponseEntity<String> verify = http.postForEntity("/engine-rest/identity/verify",
                new HttpEntity<>(Map.of("username", "handler", "password", "a-guess"), headers), String.class);

        assertThat(verify.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(failedChecks("handler")).isEqualTo(checkedWrongPasswords);
    }

    private void guessHandlersPassword(Source guesser, String url) {
        for (int guess = 0; guess < GUESSES; guess++) {
            assertThat(guesser.get(url, "handler", "guess-" + guess).getStatusCode())
                    .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.TOO_MANY_REQUESTS);
        }
    }

    /** The engine counts the wrong passwords it checked for a user until the next right one. */
    private int failedChecks(String userId) {
        return ((UserEntity) identityService.createUserQuery().userId(userId).singleResult()).getAttempts();
    }

    private Source newSource() {
        return new Source(http, "203.0.113." + NEXT_ADDRESS.getAndIncrement());
    }
}
