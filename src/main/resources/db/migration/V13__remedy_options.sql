-- Issue 17.5, R-RES-1: a proposal may offer up to three options, approved together as proposed; the
-- customer chooses one. Each option is written once, with the proposal of its round (option 1 is also
-- the PROPOSED row itself, so a one-option proposal reads as before).
CREATE TABLE remedy_option (
    reference       VARCHAR(32)    NOT NULL,
    decision_round  INTEGER        NOT NULL,
    option_no       INTEGER        NOT NULL,
    remedy_type     VARCHAR(30)    NOT NULL,
    amount          DECIMAL(12, 2),
    currency        VARCHAR(3)     NOT NULL,
    details         VARCHAR(4000),
    PRIMARY KEY (reference, decision_round, option_no)
);

-- The choice is appended to remedy_decision as a CHOSEN row copying the chosen option: which option,
-- and who recorded it (the customer through the signed link, or the handler). Execution pays that row.
ALTER TABLE remedy_decision ADD COLUMN option_no INTEGER;
ALTER TABLE remedy_decision ADD COLUMN chosen_by VARCHAR(64);
