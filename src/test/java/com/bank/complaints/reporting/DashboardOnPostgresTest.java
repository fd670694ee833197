package com.bank.complaints.reporting;

import com.bank.complaints.OnPostgres;

/** Issue 18.4: {@link DashboardTest}'s assertions, on PostgreSQL. */
@OnPostgres
class DashboardOnPostgresTest extends DashboardTest {
}
