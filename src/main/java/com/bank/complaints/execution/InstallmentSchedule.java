package com.bank.complaints.execution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bank.complaints.execution.CoreBanking.Schedule;

/**
 * The new schedule of an approved installment change, as its approved details state it (so it
 * follows the record, like money): "18 periods, fee 0.45% per period, 350.00 CNY per period, first
 * due 2027-01-15" (the four parts in this order, other words around them allowed).
 */
final class InstallmentSchedule {

    static final String FORMAT = "<n> periods, fee <rate>% per period, <amount> CNY per period, first due <yyyy-MM-dd>";

    private static final Pattern SCHEDULE = Pattern.compile("(\\d{1,2})\\s*periods?\\b.*?fee\\s*(\\d{1,2}(?:\\.\\d{1,4})?)\\s*%"
            + ".*?(\\d{1,12}(?:\\.\\d{1,2})?)\\s*CNY\\s*per\\s*period.*?first\\s*due\\s*(\\d{4}-\\d{2}-\\d{2})",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private InstallmentSchedule() {
    }

    /** The schedule in the approved details, if they state a valid one. */
    static Optional<Schedule> in(String approvedDetails) {
        if (approvedDetails == null) {
            return Optional.empty();
        }
        Matcher m = SCHEDULE.matcher(approvedDetails);
        if (!m.find()) {
            return Optional.empty();
        }
        int periods = Integer.parseInt(m.group(1));
        BigDecimal amount = new BigDecimal(m.group(3)).setScale(2, RoundingMode.UNNECESSARY);
        if (periods < 1 || periods > 60 || amount.signum() <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Schedule(periods, new BigDecimal(m.group(2)).setScale(4, RoundingMode.UNNECESSARY), amount,
                    LocalDate.parse(m.group(4))));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The schedule as the agreement, the bank's record and staff show it, the same in both languages. */
    static String shown(Schedule schedule) {
        return schedule.periods() + " × " + schedule.amountPerPeriod().toPlainString() + " CNY, "
                + schedule.feeRate().stripTrailingZeros().toPlainString() + "%, " + schedule.firstDueDate();
    }
}
