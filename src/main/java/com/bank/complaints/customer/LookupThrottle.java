package com.bank.complaints.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.bank.complaints.system.BusinessTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Four digits are quick to guess: after a few failed status look-ups for one reference within a
 * window, further look-ups of that reference are refused until the window passes. It counts every
 * reference the same, known or not, so a refusal reveals nothing. Kept per node, in memory.
 */
@Component
class LookupThrottle {

    private static final int MAX_TRACKED_REFERENCES = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final BusinessTime time;
    private final int maxFailures;
    private final Duration window;

    LookupThrottle(BusinessTime time, @Value("${complaints.customer.status-max-failures:5}") int maxFailures,
            @Value("${complaints.customer.status-failure-window:PT15M}") Duration window) {
        this.time = time;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    boolean isBlocked(String reference) {
        Deque<Instant> recent = failures.get(reference);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            dropExpired(recent);
            return recent.size() >= maxFailures;
        }
    }

    void recordFailure(String reference) {
        if (failures.size() >= MAX_TRACKED_REFERENCES) {
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    dropExpired(recent);
                    return recent.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(reference, key -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(time.now());
        }
    }

    Duration window() {
        return window;
    }

    private void dropExpired(Deque<Instant> recent) {
        Instant horizon = time.now().minus(window);
        while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
            recent.removeFirst();
        }
    }
}
