package com.bank.complaints.customer;

import java.time.Instant;

/**
 * R-INTAKE-5: a customer's answer reached their complaint (an offer accepted or refused, the agreement confirmed, a
 * survey score, evidence), published once the process has taken it, so the case's owner can be told.
 */
public record CustomerReplied(String reference, Reply reply, Instant at) {

    /** What the customer answered. */
    public enum Reply {
        OFFER_ACCEPTED("accepted the offer / 接受方案"),
        OFFER_REJECTED("rejected the offer / 拒绝方案"),
        AGREEMENT_CONFIRMED("confirmed the supplementary agreement / 确认补充协议"),
        SURVEY_ANSWERED("answered the satisfaction survey / 完成满意度调查"),
        EVIDENCE_SENT("sent evidence / 提交证据");

        private final String words;

        Reply(String words) {
            this.words = words;
        }

        /** The reply in words, English and Chinese, for staff mails. */
        public String words() {
            return words;
        }
    }
}
