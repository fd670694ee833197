/**
 * Suspicious patterns (R-AN-5): owns complaint_screening, pattern_flag, pattern_flag_complaint, pattern_screening_lock.
 * Offers /api/pattern-flags, the scheduled screening and PatternFlags (is a customer flagged and not yet reviewed?).
 */
package com.bank.complaints.vigilance;
