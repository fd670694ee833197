-- When a node last set the settings the totals are counted under: a node started before that leaves them alone
-- instead of counting everything again under its own (older) settings at each roll-up.
ALTER TABLE report_day_state ADD COLUMN settings_since TIMESTAMP WITH TIME ZONE;
