package com.bank.complaints.rootcause;

import java.time.Instant;
import java.time.LocalDate;

/** R-AN-1: an improvement action against one root cause, owned by one person. */
public record ImprovementAction(long id, String axis, String cause, String title, String owner, LocalDate dueOn,
        String openedBy, Instant openedAt, Instant completedAt, String completedBy, String outcome) {

    public boolean completed() {
        return completedAt != null;
    }
}
