package com.bank.complaints.reporting;

import java.math.BigDecimal;

/**
 * What a day total adds up: how many complaints ({@code n}), their remedies' amount, the satisfaction scores
 * given (how many, their sum) and, for a clock, how many met it and how many are counted for it.
 */
final class Sums {

    long n;
    BigDecimal amount = BigDecimal.ZERO;
    long rated;
    long scoreSum;
    long met;
    long counted;

    void add(Sums other) {
        n += other.n;
        amount = amount.add(other.amount);
        rated += other.rated;
        scoreSum += other.scoreSum;
        met += other.met;
        counted += other.counted;
    }
}
