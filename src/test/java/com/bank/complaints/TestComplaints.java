package com.bank.complaints;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.bank.complaints.intake.ComplaintSubmission;

/** Test data: one method per kind of complaint, so no test copies a field map. */
public final class TestComplaints {

    public static final String PHONE_LAST4 = "1234";
    private static final AtomicLong NEXT_CUSTOMER = new AtomicLong(10_000);

    private TestComplaints() {
    }

    /** R-INTAKE-2: a general installment-fee complaint from the app, in English, with every field filled. */
    public static Map<String, Object> feeComplaint() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("channel", "APP");
        fields.put("language", "en");
        // a customer of their own: complaints of one customer add up and change the triage (R-AN-5)
        fields.put("customerId", "C-" + NEXT_CUSTOMER.incrementAndGet());
        fields.put("customerName", "Li Lei");
        fields.put("customerPhone", "+86 138 0000 " + PHONE_LAST4);
        fields.put("customerEmail", "li.lei@example.com");
        fields.put("cardOrContractNumber", "INST-2026-000731");
        fields.put("product", "INSTALLMENT_PLAN");
        fields.put("businessPeriod", "12 periods, 2026-03 to 2027-02");
        fields.put("transactionDate", "2026-10-15");
        fields.put("grievance", "The installment fee was charged twice in October.");
        fields.put("expectedOutcome", "Refund the second fee.");
        fields.put("disputedAmount", 128.50);
        fields.put("emotionalState", "DISSATISFIED");
        fields.put("customerSegment", "MASS");
        fields.put("customerAgeBand", "AGE_35_44");
        return fields;
    }

    /** The same complaint written in Chinese by a hotline agent. */
    public static Map<String, Object> chineseFeeComplaint() {
        return with(with(with(with(feeComplaint(), "language", "zh"), "channel", "HOTLINE"),
                "customerName", "韩梅梅"), "grievance", "十月份的分期手续费被重复扣收。");
    }

    /** R-TRIAGE-1: card theft, urgent: the green channel. */
    public static Map<String, Object> cardFraudComplaint() {
        return with(with(feeComplaint(), "grievance", "My credit card was stolen and someone used it at a mall."),
                "disputedAmount", 3200);
    }

    /** R-TRIAGE-1: a question, a consultation. */
    public static Map<String, Object> consultation() {
        return with(with(feeComplaint(), "grievance", "How do I apply for early repayment?"), "emotionalState", "CALM");
    }

    /** R-TRIAGE-3: many customers of the same plan, a group complaint for the expert panel. */
    public static Map<String, Object> groupComplaint() {
        return with(feeComplaint(), "grievance", "This is a group complaint from 30 customers of the same installment plan.");
    }

    /** R-TRIAGE-5: nothing the triage table recognises, so a handler reviews the classification. */
    public static Map<String, Object> unclearComplaint() {
        return with(feeComplaint(), "grievance", "I am not happy with your bank.");
    }

    /** A copy of the fields with one changed (null removes it). */
    public static Map<String, Object> with(Map<String, Object> fields, String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return copy;
    }

    public static ComplaintSubmission submission(Map<String, Object> f) {
        return new ComplaintSubmission(s(f, "channel"), s(f, "channelMessageId"), s(f, "language"), s(f, "customerId"),
                s(f, "customerName"), s(f, "customerPhone"), s(f, "customerEmail"), s(f, "cardOrContractNumber"),
                s(f, "product"), s(f, "businessPeriod"), s(f, "transactionDate"), s(f, "grievance"),
                s(f, "expectedOutcome"), s(f, "disputedAmount"), s(f, "emotionalState"), s(f, "customerSegment"),
                s(f, "customerAgeBand"));
    }

    private static String s(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        return value == null ? null : value.toString();
    }
}
