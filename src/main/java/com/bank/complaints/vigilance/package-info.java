/**
 * Suspicious patterns (R-AN-5): owns complaint_screening, pattern_flag, pattern_flag_complaint, pattern_screening_lock.
 * Offers /api/pattern-flags and the scheduled screening.
 */
package com.bank.complaints.vigilance;
