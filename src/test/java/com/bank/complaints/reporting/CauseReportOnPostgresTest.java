package com.bank.complaints.reporting;

import com.bank.complaints.OnPostgres;

/** Issue 18.4: {@link CauseReportTest}'s assertions, on PostgreSQL. */
@OnPostgres
class CauseReportOnPostgresTest extends CauseReportTest {
}
