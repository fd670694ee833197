package com.bank.complaints.sla;

import org.springframework.stereotype.Component;

/** The first clear answer is given (R-INTAKE-4): the FIRST_RESPONSE clock stops. */
@Component("firstResponseGiven")
class FirstResponseGiven extends ClockMilestone {

    FirstResponseGiven(SlaClocks clocks) {
        super(clocks, SlaClock.FIRST_RESPONSE);
    }
}
