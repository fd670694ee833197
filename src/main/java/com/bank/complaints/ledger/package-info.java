/**
 * The card-account ledger port: owns ledger_posting, the stand-in for the bank's card system.
 * Offers CardAccountLedger: post once per idempotency key, list a complaint's postings.
 */
package com.bank.complaints.ledger;
