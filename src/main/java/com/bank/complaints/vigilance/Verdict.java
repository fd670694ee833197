package com.bank.complaints.vigilance;

/** A supervisor's judgement of a flag. */
public enum Verdict {
    GENUINE_GROUP_COMPLAINT, ORGANISED_CAMPAIGN, MALICIOUS, NO_CONCERN
}
