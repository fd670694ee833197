package com.bank.complaints.sla;

import org.springframework.stereotype.Component;

/** The result notice is sent (R-FB-1): the RESULT_NOTICE clock stops. */
@Component("resultNoticeSent")
class ResultNoticeSent extends ClockMilestone {

    ResultNoticeSent(SlaClocks clocks) {
        super(clocks, SlaClock.RESULT_NOTICE);
    }
}
