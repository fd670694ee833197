-- R-AN-3 first-contact resolution: closed without escalation and without a rejected offer.
-- NULL for cases archived before this column existed (reports leave them out of the rate).
ALTER TABLE complaint_archive ADD COLUMN first_contact_resolved BOOLEAN;

-- reports select archived cases by the day they were closed
CREATE INDEX ix_complaint_archive_archived_at ON complaint_archive (archived_at);
CREATE INDEX ix_sla_breach_breached_at ON sla_breach (breached_at);
