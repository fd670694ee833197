package com.bank.complaints.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The throttle behind logins and status look-ups, on a clock the test moves. */
class FailureThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final AtomicLong clock = new AtomicLong();
    private final FailureThrottle throttle = new FailureThrottle(5, WINDOW, 1_000, clock::get);

    @Test
    void aKeyMayFailAsOftenAsAllowedBeforeItIsRefused() {
        for (int failure = 0; failure < 4; failure++) {
            throttle.failed("guesser");
        }
        assertThat(throttle.refusal("guesser")).isEmpty();

        throttle.failed("guesser");

        assertThat(throttle.refusal("guesser")).contains(Duration.ofMinutes(3));
    }

    @Test
    void aRefusedKeyMayTryOnceMoreWhenItsWaitHasPassed() {
        for (int failure = 0; failure < 5; failure++) {
            throttle.failed("guesser");
        }

        advance(Duration.ofMinutes(3));

        assertThat(throttle.refusal("guesser")).isEmpty();
        assertThat(throttle.failed("guesser")).contains(Duration.ofMinutes(3));
    }

    @Test
    @DisplayName("a burst of failures let in at once is paid back: the wait grows with every failure past the allowance")
    void aBurstIsPaidBack() {
        for (int failure = 0; failure < 25; failure++) {
            throttle.failed("burst");
        }

        assertThat(throttle.refusal("burst")).contains(Duration.ofMinutes(25 * 3).minus(WINDOW.minusMinutes(3)));
    }

    @Test
    void otherKeysAreNotRefused() {
        for (int failure = 0; failure < 5; failure++) {
            throttle.failed("guesser");
        }

        assertThat(throttle.refusal("customer")).isEmpty();
    }

    @Test
    void aKeyIsForgottenWhenItsDebtHasRunOff() {
        throttle.failed("once");

        // one failure is 3 minutes of debt; a minute more lets the cache's timer wheel (about a second per slot) pass it
        advance(Duration.ofMinutes(4));

        assertThat(throttle.trackedKeys()).isZero();
    }

    @Test
    @DisplayName("Issue 13 point 7: memory stays bounded, a flood of new keys keeps at most the maximum")
    void aFloodOfKeysKeepsAtMostTheMaximum() {
        for (int key = 0; key < 20_000; key++) {
            throttle.failed("source-" + key);
        }

        assertThat(throttle.trackedKeys()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void theWaitIsRoundedUpToWholeSeconds() {
        for (int failure = 0; failure < 5; failure++) {
            throttle.failed("guesser");
        }

        advance(Duration.ofMinutes(2).plusSeconds(30).plusMillis(500));

        assertThat(throttle.refusal("guesser")).contains(Duration.ofSeconds(30));
    }

    private void advance(Duration duration) {
        clock.addAndGet(duration.toNanos());
    }
}
