package com.bank.complaints.intake;

/** The card or installment product a complaint is about. */
public enum Product {
    CREDIT_CARD, INSTALLMENT_PLAN, CASH_INSTALLMENT, BILL_INSTALLMENT, OTHER
}
