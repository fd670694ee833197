package com.bank.complaints.intake;

/** R-AN-2 people dimension: the complainant's age band (never the birth date, which the analysis does not need). */
public enum AgeBand {
    AGE_18_24, AGE_25_34, AGE_35_44, AGE_45_54, AGE_55_64, AGE_65_PLUS
}
