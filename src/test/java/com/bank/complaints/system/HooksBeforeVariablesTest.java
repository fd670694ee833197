package com.bank.complaints.system;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.Mails;
import com.icegreen.greenmail.util.GreenMail;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19: a step's delegate named in the model is found among the desk's beans before the case's variables
 * (without loading them), so a variable of the same name neither replaces nor breaks the step; other names are
 * still read from the variables.
 */
@DeskTest
class HooksBeforeVariablesTest {

    @Autowired
    Desk desk;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    GreenMail greenMail;

    @Test
    @DisplayName("a case variable named like a step's delegate does not replace the step: the receipt still goes out")
    void variableDoesNotReplaceTheStepsDelegate() {
        String reference = desk.accepted(with(feeComplaint(), "customerEmail", "hooks-first@example.com"));
        String process = desk.process(reference).getId();
        runtimeService.setVariable(process, "sendReceiptDelegate", "not a step");

        desk.runJobs(reference);

        assertThat(Mails.to(greenMail, "hooks-first@example.com")).extracting(Mails::subject)
                .contains("We have received your complaint " + reference);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(process).count()).isZero();
        assertThat(runtimeService.getVariable(process, "sendReceiptDelegate")).isEqualTo("not a step");
    }
}
