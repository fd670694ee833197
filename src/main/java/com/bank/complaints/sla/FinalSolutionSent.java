package com.bank.complaints.sla;

import org.springframework.stereotype.Component;

/** The panel's final solution is sent (end of Task_SendFinalSolution, R-RES-4): the FINAL_SOLUTION clock stops. */
@Component("finalSolutionSent")
class FinalSolutionSent extends ClockMilestone {

    FinalSolutionSent(SlaClocks clocks) {
        super(clocks, SlaClock.FINAL_SOLUTION);
    }
}
