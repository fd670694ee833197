package com.bank.complaints.caselibrary;

import com.bank.complaints.OnPostgres;

/** Issue 18.4: {@link CaseLibraryApiTest}'s assertions, on PostgreSQL. */
@OnPostgres
class CaseLibraryApiOnPostgresTest extends CaseLibraryApiTest {
}
