-- Issue 18.3: a notification being sent carries a lease. Only its holder (a node's name) sends; once
-- lease_expires_at has passed another node may take the row over, after asking the mail server whether
-- the unfinished attempt delivered it.
ALTER TABLE notification ADD COLUMN lease_owner VARCHAR(100);
ALTER TABLE notification ADD COLUMN lease_expires_at TIMESTAMP WITH TIME ZONE;
