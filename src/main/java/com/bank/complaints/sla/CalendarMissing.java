package com.bank.complaints.sla;

/** Next year's holiday file is missing though the year is near: the supervisors must have it provided. */
public record CalendarMissing(int year, String file) {
}
