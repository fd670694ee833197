package com.bank.complaints.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;

/**
 * Issue 19.5: {@link ReportApiTest}'s assertions once the closed complaints are in the day totals: the known data
 * set's closed complaints are rolled up, its open ones (R4, R6, R9) are still counted from their rows.
 */
class ReportApiFromDayTotalsTest extends ReportApiTest {

    @BeforeEach
    void rolledUp() {
        dayTotals.rollUp();
        assertThat(jdbc.queryForList("SELECT reference FROM report_open WHERE reference LIKE 'RPT-%'", String.class))
                .containsExactlyInAnyOrder("RPT-R4", "RPT-R6", "RPT-R9");
    }
}
