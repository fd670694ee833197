package com.bank.complaints.reporting;

import com.bank.complaints.OnPostgres;

/** Issue 19.5: {@link ReportApiFromDayTotalsTest}'s assertions, on PostgreSQL. */
@OnPostgres
class ReportApiFromDayTotalsOnPostgresTest extends ReportApiFromDayTotalsTest {
}
