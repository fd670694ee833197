package com.bank.complaints.lifecycle;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long the lifecycle waits, as ISO-8601 durations for the timers of the model
 * (${lifecyclePolicy.evidenceReminderAfter} ...). Configured under complaints.lifecycle.*.
 */
@Component("lifecyclePolicy")
public class LifecyclePolicy {

    private final Duration evidenceReminderAfter;
    private final Duration evidenceWaitAtMost;
    private final Duration agreementConfirmWithin;
    private final Duration surveyWaitAtMost;
    private final Duration followUpWithin;

    LifecyclePolicy(
            @Value("${complaints.lifecycle.evidence-reminder-after:P3D}") Duration evidenceReminderAfter,
            @Value("${complaints.lifecycle.evidence-wait-at-most:P10D}") Duration evidenceWaitAtMost,
            @Value("${complaints.lifecycle.agreement-confirm-within:P7D}") Duration agreementConfirmWithin,
            @Value("${complaints.lifecycle.survey-wait-at-most:P3D}") Duration surveyWaitAtMost,
            @Value("${complaints.lifecycle.follow-up-within:PT24H}") Duration followUpWithin) {
        this.followUpWithin = followUpWithin;
        this.evidenceReminderAfter = evidenceReminderAfter;
        this.evidenceWaitAtMost = evidenceWaitAtMost;
        this.agreementConfirmWithin = agreementConfirmWithin;
        this.surveyWaitAtMost = surveyWaitAtMost;
    }

    /** R-INV-3: when the customer is reminded of the evidence we asked for. */
    public String getEvidenceReminderAfter() {
        return evidenceReminderAfter.toString();
    }

    /** R-INV-3: how long the case waits for evidence before going on without it. */
    public String getEvidenceWaitAtMost() {
        return evidenceWaitAtMost.toString();
    }

    /** R-EXEC-1: how long an installment change waits for the customer's e-confirmation. */
    public String getAgreementConfirmWithin() {
        return agreementConfirmWithin.toString();
    }

    /** R-FB-2: how long the survey waits before no answer counts as a reason to follow up. */
    public String getSurveyWaitAtMost() {
        return surveyWaitAtMost.toString();
    }

    /** R-FB-2: a dissatisfied customer's issue is put right within 24 hours of the answer: the follow-up's due date. */
    public String getFollowUpWithin() {
        return followUpWithin.toString();
    }
}
