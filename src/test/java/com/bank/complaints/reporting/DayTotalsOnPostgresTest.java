package com.bank.complaints.reporting;

import com.bank.complaints.OnPostgres;

/** Issue 19.5: {@link DayTotalsTest}'s assertions (the roll-up's lock, the report's snapshot), on PostgreSQL. */
@OnPostgres
class DayTotalsOnPostgresTest extends DayTotalsTest {
}
