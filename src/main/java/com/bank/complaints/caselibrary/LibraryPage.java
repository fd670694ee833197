package com.bank.complaints.caselibrary;

import java.util.List;

/** One page of a search, newest closed first; {@code total} counts every match. */
record LibraryPage(int page, int size, long total, List<LibraryCase> cases) {
}
