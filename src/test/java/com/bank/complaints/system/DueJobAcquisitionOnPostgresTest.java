package com.bank.complaints.system;

import com.bank.complaints.OnPostgres;

/** Issue 19: {@link DueJobAcquisitionTest}'s assertions, on PostgreSQL. */
@OnPostgres
class DueJobAcquisitionOnPostgresTest extends DueJobAcquisitionTest {
}
