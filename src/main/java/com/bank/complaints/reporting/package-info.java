/**
 * Complaint analytics (R-AN-2, R-AN-3): owns the reports' day totals (report_day, report_open, report_day_state);
 * reads complaints, clocks and causes. Offers /api/reports/... (JSON, CSV) and the dashboard.
 */
package com.bank.complaints.reporting;
