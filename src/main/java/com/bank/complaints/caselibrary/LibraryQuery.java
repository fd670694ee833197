package com.bank.complaints.caselibrary;

/**
 * A search of the case library: every filter optional (null), upper case; {@code text} lower case.
 * {@code causeAxis} is null when the cause code alone was given.
 */
record LibraryQuery(String product, String category, String causeAxis, String cause, String remedy, String text,
        int page, int size, boolean csv) {
}
