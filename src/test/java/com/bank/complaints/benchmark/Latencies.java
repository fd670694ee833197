package com.bank.complaints.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** Latencies of the calls of one measured run, and what they add up to. */
record Latencies(long calls, long errors, Duration elapsed, long[] sortedNanos, Duration compiled) {

    static Latencies of(List<long[]> perThreadNanos, long errors, Duration elapsed, Duration compiled) {
        long[] all = perThreadNanos.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Latencies(all.length, errors, elapsed, all, compiled);
    }

    /** The JIT compiler's CPU time during the run as a percentage of one core (the run's JVM, so in-process nodes). */
    String compiling() {
        return compiling(compiled, elapsed);
    }

    /** The JIT compiler's CPU time {@code compiled} during {@code elapsed} as a percentage of one core. */
    static String compiling(Duration compiled, Duration elapsed) {
        return Math.round(100.0 * compiled.toNanos() / elapsed.toNanos()) + " %";
    }

    double perSecond() {
        return calls / (elapsed.toNanos() / 1e9);
    }

    /** The latency at the given percentile (0..100) in milliseconds; 0 without calls. */
    double millis(double percentile) {
        if (sortedNanos.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
    }

    double median() {
        return millis(50);
    }
}
