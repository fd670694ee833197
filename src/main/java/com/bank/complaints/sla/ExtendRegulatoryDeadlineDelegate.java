package com.bank.complaints.sla;

import com.bank.complaints.lifecycle.CaseData;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Activities;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

/** Task_ExtendRegulatoryDeadline: moves the regulatory deadline once, credited to the approving senior manager. */
@Component("extendRegulatoryDeadlineDelegate")
class ExtendRegulatoryDeadlineDelegate implements JavaDelegate {

    private final SlaClocks clocks;
    private final HistoryService history;

    ExtendRegulatoryDeadlineDelegate(SlaClocks clocks, HistoryService history) {
        this.clocks = clocks;
        this.history = history;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String approvedBy = history.createHistoricTaskInstanceQuery()
                .processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(Activities.APPROVE_EXTENSION).finished()
                .orderByHistoricTaskInstanceEndTime().desc().list().stream()
                .map(HistoricTaskInstance::getAssignee).findFirst().orElse(null);
        CaseData data = CaseData.of(execution);
        data.regulatoryDue(clocks.extendRegulatoryDeadline(data.reference(), data.extensionReason(), approvedBy));
    }
}
