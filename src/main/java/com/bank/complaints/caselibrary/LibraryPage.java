package com.bank.complaints.caselibrary;

import java.util.List;

/**
 * One page of a search, newest closed first; {@code total} counts the matches up to the library's count limit,
 * and {@code moreThanTotal} says that more match than that.
 */
record LibraryPage(int page, int size, long total, boolean moreThanTotal, List<LibraryCase> cases) {
}
