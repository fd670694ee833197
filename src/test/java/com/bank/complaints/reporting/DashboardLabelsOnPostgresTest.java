package com.bank.complaints.reporting;

import com.bank.complaints.OnPostgres;

/** Issue 18.4: {@link DashboardLabelsTest}'s assertions, on PostgreSQL. */
@OnPostgres
class DashboardLabelsOnPostgresTest extends DashboardLabelsTest {
}
