/**
 * Triage (R-TRIAGE-1..5): owns triage_correction.
 * Offers the triage listeners and publishes ComplaintClassified.
 */
package com.bank.complaints.triage;
