/**
 * The demo's stand-in for the bank's core-banking system (issue 17): an HTTP server of its own on its
 * own port (complaints.core-banking.stand-in.port), implementing docs/api/core-banking.yaml, in the
 * default profile only. Owns the core_banking_* tables (its books: accounts, postings, plans, card
 * measures, answered idempotency keys), which nothing else touches.
 *
 * <p>Offers {@link com.bank.complaints.bankstandin.CoreBankingStandIn}: what it received (for /mail and
 * tests) and, for tests only, faults to inject.
 */
package com.bank.complaints.bankstandin;
