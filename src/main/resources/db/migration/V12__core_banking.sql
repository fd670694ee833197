-- Issue 17: remedies go to the bank's core-banking system through a port (execution). What we asked
-- the bank and what it confirmed is our record; the bank's own books are the bank's.
CREATE TABLE bank_instruction (
    idempotency_key   VARCHAR(160)   NOT NULL PRIMARY KEY,
    reference         VARCHAR(32)    NOT NULL,
    operation         VARCHAR(30)    NOT NULL,
    amount            DECIMAL(14, 2),
    currency          VARCHAR(3),
    bank_id           VARCHAR(60)    NOT NULL,
    detail            VARCHAR(500),
    confirmed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_bank_instruction_reference ON bank_instruction (reference);

-- The postings the old in-app ledger made stay on record as confirmed instructions.
INSERT INTO bank_instruction (idempotency_key, reference, operation, amount, currency, bank_id, detail, confirmed_at)
SELECT idempotency_key, reference, posting_type, amount, currency, idempotency_key, description, posted_at
FROM ledger_posting;

DROP TABLE ledger_posting;

-- The schedule an installment change sends to the bank, and the bank's confirmation of it.
ALTER TABLE installment_change ADD COLUMN periods INT;
ALTER TABLE installment_change ADD COLUMN fee_rate DECIMAL(7, 4);
ALTER TABLE installment_change ADD COLUMN amount_per_period DECIMAL(14, 2);
ALTER TABLE installment_change ADD COLUMN first_due_date DATE;
ALTER TABLE installment_change ADD COLUMN bank_confirmation VARCHAR(60);

-- The demo's stand-in for the core-banking system (bankstandin): its books, touched by nothing else.
CREATE TABLE core_banking_account (
    account_number    VARCHAR(40)    NOT NULL PRIMARY KEY,
    balance           DECIMAL(14, 2) NOT NULL,
    card_state        VARCHAR(20)    NOT NULL,
    payments_stopped  BOOLEAN        NOT NULL
);

CREATE TABLE core_banking_request (
    idempotency_key   VARCHAR(160)   NOT NULL PRIMARY KEY,
    operation         VARCHAR(30)    NOT NULL,
    status            INT            NOT NULL,
    response_body     VARCHAR(4000)  NOT NULL,
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE core_banking_posting (
    posting_id        VARCHAR(40)    NOT NULL PRIMARY KEY,
    idempotency_key   VARCHAR(160)   NOT NULL UNIQUE,
    account_number    VARCHAR(40)    NOT NULL,
    posting_type      VARCHAR(30)    NOT NULL,
    amount            DECIMAL(14, 2) NOT NULL,
    currency          VARCHAR(3)     NOT NULL,
    reverses          VARCHAR(40),
    external_reference VARCHAR(64),
    description       VARCHAR(500),
    posted_at         TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_core_banking_posting_external ON core_banking_posting (external_reference);

CREATE TABLE core_banking_plan (
    contract_number   VARCHAR(40)    NOT NULL PRIMARY KEY,
    status            VARCHAR(20)    NOT NULL,
    periods           INT,
    fee_rate          DECIMAL(7, 4),
    amount_per_period DECIMAL(14, 2),
    first_due_date    DATE
);

CREATE TABLE core_banking_plan_change (
    confirmation_number VARCHAR(40)  NOT NULL PRIMARY KEY,
    idempotency_key   VARCHAR(160)   NOT NULL UNIQUE,
    contract_number   VARCHAR(40)    NOT NULL,
    change_kind       VARCHAR(30)    NOT NULL,
    periods           INT,
    fee_rate          DECIMAL(7, 4),
    amount_per_period DECIMAL(14, 2),
    first_due_date    DATE,
    external_reference VARCHAR(64),
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE core_banking_card_measure (
    measure_id        VARCHAR(40)    NOT NULL PRIMARY KEY,
    idempotency_key   VARCHAR(160)   NOT NULL UNIQUE,
    account_number    VARCHAR(40)    NOT NULL,
    measure           VARCHAR(20)    NOT NULL,
    external_reference VARCHAR(64),
    reason            VARCHAR(500),
    received_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
