package com.bank.complaints.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * R-AN-2, the five dimensions of the period: channel, product; category and special kind (event, as
 * triage classified them); customer segment and age band (people) of the complaints received; finding
 * and remedy (solution) of those closed; and customers by how many complaints they made in the period.
 * A value the record does not hold (not yet triaged, not given at intake) is {@value #NOT_RECORDED}.
 */
public record Dimensions(ReportQuery period, List<Count> channel, List<Count> product, List<Count> category,
        List<Count> specialKind, List<Count> customerSegment, List<Count> customerAgeBand, List<Count> finding,
        List<RemedyCount> remedy, List<Count> complaintsPerCustomer) {

    public static final String NOT_RECORDED = "NOT_RECORDED";

    /** How many complaints (for complaintsPerCustomer: customers) have the value. */
    public record Count(String value, long count) {
    }

    /** A remedy: how often it was given, its total amount in CNY and the satisfaction scores after it. */
    public record RemedyCount(String value, long count, BigDecimal totalAmount, long rated,
            BigDecimal averageSatisfaction) {
    }

    /** The tables of the report, by the name a request gives them ({@code dimension=remedy}). */
    public enum Table {
        CHANNEL("channel", "received"),
        PRODUCT("product", "received"),
        CATEGORY("category", "received"),
        SPECIAL_KIND("specialKind", "received"),
        CUSTOMER_SEGMENT("customerSegment", "received"),
        CUSTOMER_AGE_BAND("customerAgeBand", "received"),
        FINDING("finding", "closed"),
        REMEDY("remedy", "closed"),
        COMPLAINTS_PER_CUSTOMER("complaintsPerCustomer", "received");

        private final String key;
        private final String basis;

        Table(String key, String basis) {
            this.key = key;
            this.basis = basis;
        }

        /** Also names the table on the dashboard: dashboard.table.{key} in messages*.properties. */
        public String key() {
            return key;
        }

        /**
         * Whether the table counts complaints received or closed in the period; on the dashboard
         * dashboard.basis.{basis}.
         */
        public String basis() {
            return basis;
        }
    }

    /** The rows of one table, remedies as plain counts. */
    public List<Count> counts(Table table) {
        return switch (table) {
            case CHANNEL -> channel;
            case PRODUCT -> product;
            case CATEGORY -> category;
            case SPECIAL_KIND -> specialKind;
            case CUSTOMER_SEGMENT -> customerSegment;
            case CUSTOMER_AGE_BAND -> customerAgeBand;
            case FINDING -> finding;
            case REMEDY -> remedy.stream().map(r -> new Count(r.value(), r.count())).toList();
            case COMPLAINTS_PER_CUSTOMER -> complaintsPerCustomer;
        };
    }
}
