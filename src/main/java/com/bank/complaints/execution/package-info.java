/**
 * Carries out approved remedies (R-EXEC-1/2): owns installment_change and bank_instruction (what the
 * bank confirmed), and the core-banking port {@link com.bank.complaints.execution.CoreBanking} with its
 * HTTP adapter (contract docs/api/core-banking.yaml).
 * Offers RemedyExecution (pays what the remedy record approved), the execution stage's delegates and GET /api/complaints/{reference}/remedy.
 */
package com.bank.complaints.execution;
