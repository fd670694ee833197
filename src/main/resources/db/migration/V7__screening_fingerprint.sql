-- R-AN-5: identical (normalised) grievances of the text window are found through their fingerprint,
-- so a peak day's screening does not read the whole window for every complaint.
CREATE INDEX ix_screening_fingerprint ON complaint_screening (text_fingerprint, received_at);
