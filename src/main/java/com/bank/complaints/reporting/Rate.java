package com.bank.complaints.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share: {@code count} of {@code total}, and their ratio to 4 decimals (null when nothing counted). */
public record Rate(long count, long total, BigDecimal rate) {

    static Rate of(long count, long total) {
        return new Rate(count, total, ratio(count, total));
    }

    static BigDecimal ratio(long count, long total) {
        return total == 0 ? null : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
    }
}
