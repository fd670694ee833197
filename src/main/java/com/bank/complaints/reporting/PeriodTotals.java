package com.bank.complaints.reporting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** A period's totals by basis, dimension and item, and the complaints received and closed on each of its days. */
final class PeriodTotals {

    private final Map<String, Map<String, Map<String, Sums>>> items = new HashMap<>();
    private final Map<LocalDate, long[]> days = new TreeMap<>();

    void add(String basis, String dimension, String item, Sums sums) {
        items.computeIfAbsent(basis, b -> new HashMap<>()).computeIfAbsent(dimension, d -> new HashMap<>())
                .computeIfAbsent(item, i -> new Sums()).add(sums);
    }

    void addDay(LocalDate day, String basis, long n) {
        long[] counts = days.computeIfAbsent(day, d -> new long[2]);
        counts[CaseFacts.RECEIVED.equals(basis) ? 0 : 1] += n;
    }

    /** The items of a dimension ('' where the complaint recorded none) with their sums. */
    Map<String, Sums> items(String basis, String dimension) {
        return items.getOrDefault(basis, Map.of()).getOrDefault(dimension, Map.of());
    }

    /** How many complaints counted for the item. */
    long count(String basis, String dimension, String item) {
        Sums sums = items(basis, dimension).get(item);
        return sums == null ? 0 : sums.n;
    }

    /** Received (index 0) and closed (index 1) by day; days without either are absent. */
    Map<LocalDate, long[]> days() {
        return days;
    }
}
