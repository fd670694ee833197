package com.bank.complaints.vigilance;

import com.bank.complaints.OnPostgres;

/** Issue 18.4: {@link PatternFlagsTest}'s assertions, on PostgreSQL. */
@OnPostgres
class PatternFlagsOnPostgresTest extends PatternFlagsTest {
}
