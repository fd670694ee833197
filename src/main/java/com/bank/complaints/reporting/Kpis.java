package com.bank.complaints.reporting;

import java.math.BigDecimal;
import java.util.Map;

/**
 * R-AN-3: the key figures of a period. Complaints received in the period are the basis of the
 * response, clock, repeat figures; complaints closed (archived) in the period are the basis of
 * first-contact resolution and satisfaction; breaches count when they happened in the period.
 *
 * @param firstResponseRate24h share of received complaints whose FIRST_RESPONSE clock stopped at
 *        or before its due; clocks still running and not yet due are not counted
 * @param onTimeClosureRate per clock: stopped at or before due, of those stopped or overdue
 * @param firstContactResolutionRate closed without escalation and without a rejected offer, of the
 *        closed complaints that record it
 * @param repeatComplaintRate received complaints whose customer complained in the
 *        {@code repeatWindowDays} before, of all received
 * @param promoterShare scores 4-5 of all scores; {@code detractorShare} scores 1-2;
 *        {@code netPromoterShare} the one minus the other
 * @param satisfactionScores how often each score 1-5 was given
 */
public record Kpis(ReportQuery period, long received, long closed, Rate firstResponseRate24h,
        Map<String, Rate> onTimeClosureRate, Rate firstContactResolutionRate, int repeatWindowDays,
        Rate repeatComplaintRate, long rated, BigDecimal averageSatisfaction, Rate promoterShare, Rate detractorShare,
        BigDecimal netPromoterShare, Map<String, Long> satisfactionScores, Map<String, Long> breachesPerClock) {

    /** Every breach of the period. */
    public long breaches() {
        return breachesPerClock.values().stream().mapToLong(Long::longValue).sum();
    }
}
