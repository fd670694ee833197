package com.bank.complaints.system;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Keeps guessing slow. Each failed attempt of a key (such as a source address and an account) adds
 * window / allowed to that key's debt, and a key whose next failure would take its debt past one
 * window is refused until enough of it has run off. So a key may fail {@code allowed} times at once,
 * then once per window / allowed: a burst of parallel guesses, all let in before the first one
 * failed, is paid back with a longer wait. A refused attempt adds nothing (nothing was tried).
 * <p>
 * Memory is bounded: a key is forgotten when its debt has run off, and at most {@code maxKeys} are
 * held (Caffeine evicts those least likely to be used again), so a flood of new keys cannot fill
 * the heap. Kept per node: behind a load balancer, n nodes let at most n times as many through.
 */
public final class FailureThrottle {

    private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();

    private final Cache<String, Long> debtRunsOffAt;
    private final Ticker ticker;
    private final long costPerFailure;
    private final long allowance;

    public FailureThrottle(int allowed, Duration window, long maxKeys) {
        this(allowed, window, maxKeys, Ticker.systemTicker());
    }

    FailureThrottle(int allowed, Duration window, long maxKeys, Ticker ticker) {
        if (allowed < 1 || window.isNegative() || window.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("a throttle needs at least 1 allowed failure, a positive window and room for"
                    + " at least 1 key; got " + allowed + ", " + window + ", " + maxKeys);
        }
        this.ticker = ticker;
        this.costPerFailure = window.toNanos() / allowed;
        this.allowance = window.toNanos() - costPerFailure;
        this.debtRunsOffAt = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfter(Expiry.writing((String key, Long runsOffAt) -> Duration.ofNanos(Math.max(0, runsOffAt - ticker.read()))))
                .ticker(ticker)
                // evictions happen in the calling thread: no background task, and tests see them at once
                .executor(Runnable::run)
                .build();
    }

    /**
     * How long the key must wait before its next attempt, in whole seconds rounded up (as Retry-After
     * counts them); empty when it may try now.
     */
    public Optional<Duration> refusal(String key) {
        Long runsOffAt = debtRunsOffAt.getIfPresent(key);
        long wait = runsOffAt == null ? 0 : runsOffAt - ticker.read() - allowance;
        return wait > 0 ? Optional.of(Duration.ofSeconds((wait - 1) / NANOS_PER_SECOND + 1)) : Optional.empty();
    }

    /** Counts a failed attempt of the key; answers the wait it now has before its next attempt, if any. */
    public Optional<Duration> failed(String key) {
        long now = ticker.read();
        debtRunsOffAt.asMap().merge(key, now + costPerFailure, (runsOffAt, ignored) -> Math.max(runsOffAt, now) + costPerFailure);
        return refusal(key);
    }

    /** How many keys are held now, at most {@code maxKeys}. */
    public long trackedKeys() {
        debtRunsOffAt.cleanUp();
        return debtRunsOffAt.estimatedSize();
    }
}
