package com.bank.complaints.customer;

import java.time.Duration;
import java.util.Optional;

import com.bank.complaints.system.FailureThrottle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Four digits are quick to guess: failed status look-ups are counted per source address and
 * reference, and a source that keeps failing for a reference is refused for it for a while
 * ({@link FailureThrottle}). Only the guesser is stopped: the customer, from their own address,
 * still gets their answer with the right digits. Known and unknown references count the same, so
 * a refusal reveals nothing.
 */
@Component
class LookupThrottle {

    private final FailureThrottle throttle;

    LookupThrottle(@Value("${complaints.customer.status-allowed-failures}") int allowedFailures,
            @Value("${complaints.customer.status-failure-window}") Duration window,
            @Value("${complaints.customer.status-max-tracked}") long maxTracked) {
        this.throttle = new FailureThrottle(allowedFailures, window, maxTracked);
    }

    /** How long this source must wait before it may look the reference up again; empty when it may now. */
    Optional<Duration> refusal(String source, String reference) {
        return throttle.refusal(key(source, reference));
    }

    void recordFailure(String source, String reference) {
        throttle.failed(key(source, reference));
    }

    private static String key(String source, String reference) {
        return source + " " + reference;
    }
}
