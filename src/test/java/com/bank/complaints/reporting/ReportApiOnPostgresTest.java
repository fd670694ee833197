package com.bank.complaints.reporting;

import com.bank.complaints.OnPostgres;

/** Issue 18.4: {@link ReportApiTest}'s assertions, on PostgreSQL. */
@OnPostgres
class ReportApiOnPostgresTest extends ReportApiTest {
}
