package com.bank.complaints.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Sizes and durations of the benchmarks, from system properties ({@code -Dbenchmark.intake.seconds=20}
 * on the Maven command line), with defaults that keep the whole suite within 15 minutes on 2 cores.
 */
final class Settings {

    private Settings() {
    }

    static int integer(String name, int defaultValue) {
        return Integer.parseInt(System.getProperty(name, String.valueOf(defaultValue)).trim());
    }

    static Duration seconds(String name, int defaultSeconds) {
        return Duration.ofSeconds(integer(name, defaultSeconds));
    }

    static List<Integer> integers(String name, String defaultValue) {
        return Arrays.stream(System.getProperty(name, defaultValue).split(",")).map(String::trim)
                .map(Integer::valueOf).toList();
    }
}
