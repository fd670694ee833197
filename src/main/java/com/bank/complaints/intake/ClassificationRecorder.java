package com.bank.complaints.intake;

import com.bank.complaints.triage.ComplaintClassified;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * R-AN-2 event dimension: the classification is written onto the complaint record as soon as
 * triage knows it, in the same transaction, so reports count open complaints by category too.
 */
@Component
class ClassificationRecorder {

    private final ComplaintRepository complaints;

    ClassificationRecorder(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    @EventListener
    void record(ComplaintClassified classified) {
        complaints.classify(classified);
    }
}
