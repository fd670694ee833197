-- Issue 13 point 6 (PCI DSS 3.4): card_or_contract_number shows a card number masked (first 6, last 4);
-- the full number is kept only here, encrypted (AES-GCM: Base64 of the IV and the ciphertext), for the
-- execution step. NULL for a contract number.
ALTER TABLE complaint ADD COLUMN card_number_encrypted VARCHAR(100);

-- The masking of card data stored before this version (carddata.StoredCardDataMasking) is done once
-- per installation: the first node to finish it writes its row, later starts skip the scan.
CREATE TABLE card_data_masking (
    step        VARCHAR(60)  NOT NULL PRIMARY KEY,
    finished_at TIMESTAMP WITH TIME ZONE NOT NULL
);
