/**
 * Card data (issue 13 point 6, PCI DSS 3.4): a card number is shown and stored only as its first 6 and
 * last 4 digits, and kept in full only encrypted, for the execution step's posting.
 *
 * <p>Offers {@link com.bank.complaints.carddata.CardNumbers} (what a card number is, how it is masked:
 * the one rule for intake, logs and the case library) and {@link com.bank.complaints.carddata.CardVault}
 * (AES-GCM under {@code complaints.card-data.key}). Owns what guards the engine's history and the masking
 * of what was stored before: the content of complaint.card_number_encrypted and card_data_masking (V11).
 */
package com.bank.complaints.carddata;
