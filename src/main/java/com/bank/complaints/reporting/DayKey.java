package com.bank.complaints.reporting;

import java.time.LocalDate;

/**
 * The key of one day total (a report_day row): what is counted ({@code dimension} and its {@code item}) on a day of
 * the bank, for complaints received, closed or breached that day ({@code basis}), by their channel and category.
 * A value the complaint does not record is ''.
 */
record DayKey(LocalDate day, String basis, String channel, String category, String dimension, String item) {

    DayKey {
        category = category == null ? "" : category;
        item = item == null ? "" : item;
    }
}
