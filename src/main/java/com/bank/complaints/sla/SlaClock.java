package com.bank.complaints.sla;

import java.util.EnumSet;
import java.util.Set;

/**
 * The clocks of a complaint and the timer events of the models that watch them (breach and warning).
 * The receipt clocks run from the moment the complaint was received, whenever they are first asked
 * for; the others from the moment their stage first asks.
 */
public enum SlaClock {
    FIRST_RESPONSE(true, "Timer_FirstResponse24h", "Timer_FirstResponseWarning"),
    REPLY(true, "Timer_Reply3WorkingDays", "Timer_ReplyWarning"),
    REGULATORY_CLOSE(true, "Timer_RegulatoryClose30d", "Timer_RegulatoryCloseWarning"),
    URGENT_INTERVENTION(false, "Timer_UrgentIntervention1h", "Timer_UrgentInterventionWarning"),
    URGENT_ROOT_CAUSE(false, "Timer_RootCause2h", "Timer_RootCauseWarning"),
    URGENT_PRELIMINARY(true, "Timer_PreliminarySolution24h", "Timer_PreliminarySolutionWarning"),
    FEE_WAIVER_EXECUTION(false, "Timer_FeeWaiver2WorkingDays", "Timer_FeeWaiverWarning"),
    RESULT_NOTICE(false, "Timer_ResultNotice1WorkingDay", "Timer_ResultNoticeWarning"),
    CALLBACK(false, "Timer_CallbackOverdue", "Timer_CallbackWarning"),
    URGENT_ENGAGEMENT(true, "Timer_UrgentEngagement15m", "Timer_UrgentEngagementWarning"),
    HANDLING_DIRECTION(true, "Timer_HandlingDirection4h", "Timer_HandlingDirectionWarning"),
    PANEL_REVIEW(false, "Timer_PanelReview5WorkingDays", "Timer_PanelReviewWarning"),
    FINAL_SOLUTION(false, "Timer_FinalSolution10WorkingDays", "Timer_FinalSolutionWarning");

    /** The promises the receipt tells the customer (R-INTAKE-3, R-INTAKE-4). */
    public static final Set<SlaClock> TOLD_AT_RECEIPT = EnumSet.of(FIRST_RESPONSE, REPLY, REGULATORY_CLOSE);

    private final boolean fromReceipt;
    private final String breachTimer;
    private final String warningTimer;

    SlaClock(boolean fromReceipt, String breachTimer, String warningTimer) {
        this.fromReceipt = fromReceipt;
        this.breachTimer = breachTimer;
        this.warningTimer = warningTimer;
    }

    /** Whether the clock runs from the moment the complaint was received, rather than from its stage. */
    public boolean fromReceipt() {
        return fromReceipt;
    }

    public String breachTimer() {
        return breachTimer;
    }

    public String warningTimer() {
        return warningTimer;
    }
}
