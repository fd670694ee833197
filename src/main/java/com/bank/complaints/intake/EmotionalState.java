package com.bank.complaints.intake;

/** R-INTAKE-2: the customer's emotional state as the intake agent perceived it. */
public enum EmotionalState {
    CALM, ANXIOUS, DISSATISFIED, DOUBTFUL, ANGRY
}
