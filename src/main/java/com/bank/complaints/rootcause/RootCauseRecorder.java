package com.bank.complaints.rootcause;

import com.bank.complaints.lifecycle.CaseData;
import com.bank.complaints.lifecycle.TaskActor;
import com.bank.complaints.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/** Task_RecordRootCause, on complete (R-AN-1): checks the answer on the server and records the causes. */
@Component("rootCauseRecorder")
class RootCauseRecorder implements TaskListener {

    private final RootCauses rootCauses;

    RootCauseRecorder(RootCauses rootCauses) {
        this.rootCauses = rootCauses;
    }

    @Override
    public void notify(DelegateTask task) {
        RootCauses.RootCause cause;
        try {
            cause = RootCauses.read(task.getVariables());
        } catch (InvalidInputException e) {
            // the engine REST API answers this exception type with 400 and Tasklist shows its message
            throw new FormFieldValidationException(e.errors(), "The root cause was not accepted. " + e.getMessage());
        }
        CaseData.of(task).causeSummary(cause.summary());
        rootCauses.record(task.getExecution().getProcessBusinessKey(), cause, TaskActor.primary(task));
    }
}
