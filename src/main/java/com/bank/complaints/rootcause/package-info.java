/**
 * Root causes and improvement actions (R-AN-1): owns complaint_cause and improvement_action.
 * Offers the root-cause listener and /api/improvement-actions.
 */
package com.bank.complaints.rootcause;
