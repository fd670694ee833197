package com.bank.complaints.lifecycle;

import static com.bank.complaints.TestComplaints.cardFraudComplaint;
import static com.bank.complaints.TestComplaints.consultation;
import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.ANSWER_CONSULTATION;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.FIND_ROOT_CAUSE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Activities.INVESTIGATE_COMPLAINT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.DeskTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 15 point 4, R-TRIAGE-4: urgent work rises in Tasklist; the filters sort by priority, then due date. */
@DeskTest
class UrgentWorkFirstTest {

    @Autowired
    CaseDriver cases;
    @Autowired
    FilterService filterService;

    @Test
    @DisplayName("R-TRIAGE-4 an urgent complaint's tasks rank above a general one's, above a consultation's")
    void priorityFollowsSeverity() {
        Task urgent = cases.task(cases.submit(cardFraudComplaint()), FIND_ROOT_CAUSE);
        Task general = cases.task(cases.submit(feeComplaint()), INVESTIGATE_COMPLAINT);
        Task consultation = cases.task(cases.submit(consultation()), ANSWER_CONSULTATION);

        assertThat(urgent.getPriority()).isEqualTo(TaskPriority.URGENT);
        assertThat(general.getPriority()).isEqualTo(TaskPriority.GENERAL);
        assertThat(consultation.getPriority()).isEqualTo(TaskPriority.CONSULTATION);
    }

    @Test
    @DisplayName("R-TRIAGE-4 a repeat complaint of the same customer is raised a step")
    void repeatComplaintIsRaised() {
        String customer = "C-REPEAT-" + System.nanoTime();
        cases.submit(with(feeComplaint(), "customerId", customer));

        Task repeat = cases.task(cases.submit(with(feeComplaint(), "customerId", customer)), INVESTIGATE_COMPLAINT);

        assertThat(repeat.getPriority()).isEqualTo(TaskPriority.GENERAL + TaskPriority.RAISE);
    }

    @Test
    @DisplayName("R-TRIAGE-4 the handlers' \"My group's tasks\" lists the urgent task first, whatever its due date")
    void groupFilterListsUrgentFirst() {
        cases.submit(feeComplaint());
        cases.submit(cardFraudComplaint());

        List<Task> listed = cases.call("handler", () -> filterService.list(filterService.createFilterQuery()
                .filterName("My group's tasks").singleResult().getId()));

        assertThat(listed).extracting(Task::getPriority).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(listed.get(0).getPriority()).isEqualTo(TaskPriority.URGENT);
    }
}
