package com.bank.complaints.archive;

import com.bank.complaints.lifecycle.CaseData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ArchiveComplaint (R-REC-1). */
@Component("archiveComplaintDelegate")
class ArchiveComplaintDelegate implements JavaDelegate {

    private final ArchiveService archive;

    ArchiveComplaintDelegate(ArchiveService archive) {
        this.archive = archive;
    }

    @Override
    public void execute(DelegateExecution execution) {
        archive.archive(execution.getProcessInstanceId(), CaseData.of(execution));
    }
}
