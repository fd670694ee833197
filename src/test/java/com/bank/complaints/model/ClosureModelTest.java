package com.bank.complaints.model;

import static com.bank.complaints.model.LifecycleModel.inFrames;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.ARCHIVE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.ROOT_CAUSE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.ARCHIVE_COMPLAINT;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.COMPLAINT_CLOSED;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.RECORD_ROOT_CAUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Groups;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The end of the lifecycle: root cause (R-AN-1), archive (R-REC-1), complaint closed. */
class ClosureModelTest {

    @RegisterExtension
    static final LifecycleModel model = new LifecycleModel();

    @Test
    @DisplayName("R-AN-1 after feedback the handling group records the root cause")
    void handlingGroupRecordsTheRootCause() {
        ProcessInstance complaint = model.caseAt(RECORD_ROOT_CAUSE);

        assertThat(complaint).isWaitingAtExactly(inFrames(ROOT_CAUSE, RECORD_ROOT_CAUSE));
        assertThat(task(RECORD_ROOT_CAUSE, complaint)).hasCandidateGroup(Groups.COMPLAINT_HANDLERS);
    }

    @Test
    @DisplayName("R-REC-1 a recorded root cause leads to the archive, in a job of its own: the complaint stays open until archived")
    void rootCauseLeadsToTheArchive() {
        ProcessInstance complaint = recordRootCause();

        assertThat(complaint).isWaitingAtExactly(inFrames(ARCHIVE, ARCHIVE_COMPLAINT)).isNotEnded();
    }

    @Test
    @DisplayName("R-REC-1 R-INTAKE-4 once archived the complaint is closed, and no SLA timer is left behind")
    void archivedComplaintIsClosed() {
        ProcessInstance complaint = recordRootCause();

        execute(job(ARCHIVE_COMPLAINT, complaint));

        assertThat(complaint).hasPassed(ARCHIVE_COMPLAINT, COMPLAINT_CLOSED).isEnded();
        assertThat(jobQuery().processInstanceId(complaint.getId()).count()).isZero();
    }

    private ProcessInstance recordRootCause() {
        ProcessInstance complaint = model.caseAt(RECORD_ROOT_CAUSE);
        complete(task(RECORD_ROOT_CAUSE, complaint), withVariables(Variables.CAUSE_PROCESS, "NONE",
                Variables.CAUSE_STAFF, "NONE", Variables.CAUSE_SYSTEM, "DOUBLE_POSTING",
                Variables.CAUSE_SUMMARY, "The fee batch ran twice."));
        return complaint;
    }
}
