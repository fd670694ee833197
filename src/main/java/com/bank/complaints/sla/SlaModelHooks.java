package com.bank.complaints.sla;

import com.bank.complaints.lifecycle.CaseData;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Activities;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The beans the lifecycle model names for its SLA clocks: the warning and breach steps (each told
 * its clock, and for stage clocks the late task, by input parameters), the milestones that stop
 * clocks, the pause of the reply clock while the case waits for evidence, and the extension.
 */
@Configuration(proxyBeanMethods = false)
class SlaModelHooks {

    @Bean
    JavaDelegate slaWarningDelegate(SlaEvents events) {
        return execution -> events.warn(late(execution));
    }

    @Bean
    JavaDelegate slaBreachDelegate(SlaEvents events) {
        return execution -> events.breach(late(execution), execution.getId());
    }

    @Bean
    ExecutionListener firstResponseGiven(SlaClocks clocks) {
        return execution -> clocks.stop(reference(execution), SlaClock.FIRST_RESPONSE);
    }

    @Bean
    ExecutionListener replyGiven(SlaClocks clocks) {
        return execution -> clocks.stop(reference(execution), SlaClock.REPLY);
    }

    @Bean
    ExecutionListener feeWaiverApplied(SlaClocks clocks) {
        return execution -> clocks.stop(reference(execution), SlaClock.FEE_WAIVER_EXECUTION);
    }

    @Bean
    ExecutionListener resultNoticeSent(SlaClocks clocks) {
        return execution -> clocks.stop(reference(execution), SlaClock.RESULT_NOTICE);
    }

    @Bean
    ExecutionListener complaintClosed(SlaClocks clocks) {
        return execution -> {
            for (SlaClock clock : SlaClock.values()) {
                clocks.stop(reference(execution), clock);
            }
        };
    }

    @Bean
    ExecutionListener replyClockPause(SlaClocks clocks) {
        return execution -> clocks.pause(reference(execution));
    }

    @Bean
    ExecutionListener replyClockResume(SlaClocks clocks) {
        return execution -> clocks.resume(reference(execution));
    }

    /** Task_ExtendRegulatoryDeadline: moves the regulatory deadline once, credited to the approving senior manager. */
    @Bean
    JavaDelegate extendRegulatoryDeadlineDelegate(SlaClocks clocks, HistoryService history) {
        return execution -> {
            String approvedBy = history.createHistoricTaskInstanceQuery()
                    .processInstanceId(execution.getProcessInstanceId())
                    .taskDefinitionKey(Activities.APPROVE_EXTENSION).finished()
                    .orderByHistoricTaskInstanceEndTime().desc().list().stream()
                    .map(HistoricTaskInstance::getAssignee).findFirst().orElse(null);
            CaseData data = CaseData.of(execution);
            data.regulatoryDue(clocks.extendRegulatoryDeadline(data.reference(), data.extensionReason(), approvedBy));
        };
    }

    private static SlaEvents.Late late(DelegateExecution execution) {
        Object lateActivity = execution.getVariableLocal(Variables.LATE_ACTIVITY);
        return new SlaEvents.Late(reference(execution), execution.getProcessInstanceId(),
                SlaClock.valueOf(execution.getVariableLocal(Variables.CLOCK).toString()),
                lateActivity == null ? null : lateActivity.toString());
    }

    private static String reference(DelegateExecution execution) {
        return CaseData.of(execution).reference();
    }
}
