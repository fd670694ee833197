/**
 * Card data (issue 13 point 6, PCI DSS 3.4): a card number is kept in full only encrypted, for the
 * execution step's posting; everywhere else it is masked by the kernel's {@link com.bank.complaints.system.CardNumbers}.
 *
 * <p>Offers {@link com.bank.complaints.carddata.CardVault} (AES-GCM under {@code complaints.card-data.key}).
 * Owns what guards the engine's history and the masking of what was stored before: the content of
 * complaint.card_number_encrypted and card_data_masking (V11).
 */
package com.bank.complaints.carddata;
