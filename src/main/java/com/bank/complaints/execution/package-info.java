/**
 * Carries out approved remedies (R-EXEC-1/2): owns installment_change.
 * Offers RemedyExecution (pays what the remedy record approved), the execution stage's delegates and GET /api/complaints/{reference}/remedy.
 */
package com.bank.complaints.execution;
