package com.bank.complaints.reporting;

import com.bank.complaints.OnPostgres;

/** Issue 18.4: {@link OpenComplaintClassificationTest}'s assertions, on PostgreSQL. */
@OnPostgres
class OpenComplaintClassificationOnPostgresTest extends OpenComplaintClassificationTest {
}
