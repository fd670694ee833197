package com.bank.complaints.reporting;

import com.bank.complaints.OnPostgres;

/** Issue 18.4: {@link FirstContactResolutionTest}'s assertions, on PostgreSQL. */
@OnPostgres
class FirstContactResolutionOnPostgresTest extends FirstContactResolutionTest {
}
