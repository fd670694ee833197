/**
 * Complaint analytics (R-AN-2, R-AN-3): owns nothing; reads complaints, clocks and causes.
 * Offers /api/reports/... (JSON, CSV) and the dashboard.
 */
package com.bank.complaints.reporting;
