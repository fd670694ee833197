package com.bank.complaints.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * R-AN-1, the monthly root-cause report: of the cases closed in {@code month} with a root cause
 * recorded, how many had a cause on each axis, the top causes with their count in each of the
 * {@code months} up to and including {@code month}, and the improvement actions opened against them.
 */
public record CauseReport(YearMonth month, List<YearMonth> months, long recorded, long withCause,
        Map<String, Long> byAxis, List<Cause> causes, List<ActionEffect> actions) {

    /** One cause: its count this month, share of the recorded cases, last month's count and the trend. */
    public record Cause(String axis, String cause, long count, Rate share, long previousMonth, List<Long> trend,
            List<Long> openActions) {
    }

    /**
     * An improvement action and its effect (R-AN-1): complaints with its cause per 30 days in the
     * {@code beforeDays} before it was opened, and since it was completed (or opened, while it is
     * still open); {@code change} is the relative change, negative when fewer complaints came.
     */
    public record ActionEffect(long id, String axis, String cause, String title, String owner, String status,
            LocalDate openedOn, LocalDate dueOn, LocalDate completedOn, long before, int beforeDays, long after,
            long afterDays, BigDecimal perMonthBefore, BigDecimal perMonthAfter, BigDecimal change) {
    }
}
