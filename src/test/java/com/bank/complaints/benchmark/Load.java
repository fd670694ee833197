package com.bank.complaints.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: {@code concurrency} threads call the action back to back, first for a warm-up
 * (not measured), then for the measured duration. A call that throws counts as an error, not as a latency.
 */
final class Load {

    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    private Load() {
    }

    static Latencies run(int concurrency, Duration warmUp, Duration measured, Call call) throws Exception {
        drive(concurrency, warmUp, call);
        return drive(concurrency, measured, call);
    }

    /**
     * Load that is not measured until the JIT compiler has settled: in slices of 5 s, until a slice in which
     * it took less than a tenth of a core, or {@code atMost}. Returns how long that took.
     */
    static Duration warmUntilCompiled(int concurrency, Duration atMost, Call call) throws Exception {
        Duration slice = Duration.ofSeconds(5);
        long start = System.nanoTime();
        while (System.nanoTime() - start < atMost.toNanos()) {
            Latencies warming = drive(concurrency, slice, call);
            if (warming.compiled().toNanos() < warming.elapsed().toNanos() / 10) {
                break;
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** One caller: {@code warmUp} calls not measured, then {@code measured} calls, one after another. */
    static Latencies calls(int warmUp, int measured, Call call) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            call.run();
        }
        long[] nanos = new long[measured];
        long compiledBefore = compiledMillis();
        long start = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            long before = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - before;
        }
        return Latencies.of(List.of(nanos), 0, Duration.ofNanos(System.nanoTime() - start),
                Duration.ofMillis(Math.max(0, compiledMillis() - compiledBefore)));
    }

    private static Latencies drive(int concurrency, Duration duration, Call call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        AtomicLong errors = new AtomicLong();
        long compiledBefore = compiledMillis();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                results.add(threads.submit(() -> {
                    long[] nanos = new long[1024];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long before = System.nanoTime();
                        try {
                            call.run();
                        } catch (Exception e) {
                            errors.incrementAndGet();
                            continue;
                        }
                        if (n == nanos.length) {
                            nanos = Arrays.copyOf(nanos, n * 2);
                        }
                        nanos[n++] = System.nanoTime() - before;
                    }
                    return Arrays.copyOf(nanos, n);
                }));
            }
            List<long[]> perThread = new ArrayList<>();
            for (Future<long[]> result : results) {
                perThread.add(result.get());
            }
            return Latencies.of(perThread, errors.get(), Duration.ofNanos(System.nanoTime() - start),
                    Duration.ofMillis(Math.max(0, compiledMillis() - compiledBefore)));
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * CPU time of this JVM's JIT compiler threads; the compilation MXBean's time is elapsed time, which counts a
     * compile waiting for a busy CPU as compiling.
     */
    static long compiledMillis() {
        return ThreadCpu.millisBy(ThreadCpu.ROLES).getOrDefault(ThreadCpu.JIT_COMPILER, 0L);
    }
}
