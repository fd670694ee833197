package com.bank.complaints.intake;

/** R-INTAKE-1: every channel a complaint can arrive through. */
public enum Channel {
    HOTLINE, APP, WEB, BRANCH, SOCIAL_MEDIA, EMAIL, REGULATOR_REFERRAL
}
