-- Issue 19.5: the reports' figures of closed complaints, totalled per day and per month of the bank, so a report
-- over a year reads totals instead of every complaint of the year (reporting/DayTotals).

-- Complaints whose figures are not (yet) in report_day: the open ones and those closed since the last roll-up.
-- Reports count these from their rows; the roll-up moves the closed ones into report_day.
-- The roll-up takes them in the order they were received, so one batch adds to few days' totals.
CREATE TABLE report_open (
    reference   VARCHAR(32)              NOT NULL PRIMARY KEY,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_report_open_received_at ON report_open (received_at, reference);

INSERT INTO report_open (reference, received_at) SELECT reference, received_at FROM complaint;

-- One row per day, basis (received, closed, breached), channel, category and counted item.
-- channel, category and item are '' where the complaint does not record one.
CREATE TABLE report_day (
    on_day    DATE           NOT NULL,
    basis     VARCHAR(10)    NOT NULL,
    channel   VARCHAR(30)    NOT NULL,
    category  VARCHAR(20)    NOT NULL,
    dimension VARCHAR(20)    NOT NULL,
    item      VARCHAR(40)    NOT NULL,
    n         BIGINT         NOT NULL,
    amount    DECIMAL(18, 2) NOT NULL,
    rated     BIGINT         NOT NULL,
    score_sum BIGINT         NOT NULL,
    met       BIGINT         NOT NULL,
    counted   BIGINT         NOT NULL,
    CONSTRAINT pk_report_day PRIMARY KEY (on_day, basis, channel, category, dimension, item)
);

-- the trend reads the days' 'all' rows only; the whole key, so an update finds its row by either index
CREATE INDEX ix_report_day_dimension ON report_day (dimension, on_day, basis, channel, category, item);

-- The same totals per month (on_month is its first day): a period's whole months are read from here, its other
-- days from report_day.
CREATE TABLE report_month (
    on_month  DATE           NOT NULL,
    basis     VARCHAR(10)    NOT NULL,
    channel   VARCHAR(30)    NOT NULL,
    category  VARCHAR(20)    NOT NULL,
    dimension VARCHAR(20)    NOT NULL,
    item      VARCHAR(40)    NOT NULL,
    n         BIGINT         NOT NULL,
    amount    DECIMAL(18, 2) NOT NULL,
    rated     BIGINT         NOT NULL,
    score_sum BIGINT         NOT NULL,
    met       BIGINT         NOT NULL,
    counted   BIGINT         NOT NULL,
    CONSTRAINT pk_report_month PRIMARY KEY (on_month, basis, channel, category, dimension, item)
);

-- The one row a roll-up locks (one node at a time), with the settings its totals were counted under:
-- another time zone or repeat window counts every complaint again.
CREATE TABLE report_day_state (
    id                 INTEGER     NOT NULL PRIMARY KEY,
    time_zone          VARCHAR(60),
    repeat_window_days INTEGER
);

INSERT INTO report_day_state (id) VALUES (1);

-- a complaint's previous one (repeat complaints) and customers by complaints in a period, read from the index
DROP INDEX ix_complaint_customer;
CREATE INDEX ix_complaint_customer_received ON complaint (customer_id, received_at);
DROP INDEX ix_complaint_received_at;
CREATE INDEX ix_complaint_received_customer ON complaint (received_at, customer_id);
CREATE INDEX ix_sla_breach_reference ON sla_breach (reference);
-- the roll-up passes over complaints with a clock still running
CREATE INDEX ix_sla_clock_stopped_at ON sla_clock (stopped_at);
