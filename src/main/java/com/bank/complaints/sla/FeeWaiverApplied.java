package com.bank.complaints.sla;

import org.springframework.stereotype.Component;

/** The fee waiver is applied (end of Task_ApplyFeeWaiver): the FEE_WAIVER_EXECUTION clock stops. */
@Component("feeWaiverApplied")
class FeeWaiverApplied extends ClockMilestone {

    FeeWaiverApplied(SlaClocks clocks) {
        super(clocks, SlaClock.FEE_WAIVER_EXECUTION);
    }
}
