-- The complaint record: the source of truth for what the customer told us (R-INTAKE-2).
CREATE TABLE complaint (
    reference               VARCHAR(32)    NOT NULL PRIMARY KEY,
    channel                 VARCHAR(30)    NOT NULL,
    channel_message_id      VARCHAR(100),
    language                VARCHAR(5)     NOT NULL,
    customer_id             VARCHAR(40)    NOT NULL,
    customer_name           VARCHAR(100)   NOT NULL,
    customer_phone          VARCHAR(20),
    customer_email          VARCHAR(200),
    card_or_contract_number VARCHAR(40)    NOT NULL,
    product                 VARCHAR(30)    NOT NULL,
    business_period         VARCHAR(100),
    transaction_date        DATE,
    grievance               VARCHAR(4000)  NOT NULL,
    expected_outcome        VARCHAR(1000)  NOT NULL,
    disputed_amount         DECIMAL(12, 2),
    emotional_state         VARCHAR(20),
    received_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    received_by             VARCHAR(64),
    first_response_due      TIMESTAMP WITH TIME ZONE NOT NULL,
    reply_due               TIMESTAMP WITH TIME ZONE NOT NULL,
    regulatory_due          TIMESTAMP WITH TIME ZONE NOT NULL,
    -- a channel's message id makes intake idempotent (NULLs never collide)
    CONSTRAINT uk_complaint_channel_message UNIQUE (channel, channel_message_id)
);

CREATE INDEX ix_complaint_customer ON complaint (customer_id);
CREATE INDEX ix_complaint_received_at ON complaint (received_at);

-- One counter row per day gives CC-yyyyMMdd-NNNNNN references that stay unique across nodes.
CREATE TABLE reference_counter (
    counter_day DATE    NOT NULL PRIMARY KEY,
    last_value  INTEGER NOT NULL
);

-- Outbox of customer notifications: one row per notification key, so a retried job never sends twice.
CREATE TABLE notification (
    notification_key VARCHAR(120)  NOT NULL PRIMARY KEY,
    reference        VARCHAR(32)   NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    medium           VARCHAR(20)   NOT NULL,
    recipient        VARCHAR(200),
    status           VARCHAR(20)   NOT NULL,
    attempts         INTEGER       NOT NULL,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_notification_reference ON notification (reference);
