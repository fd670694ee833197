package com.bank.complaints.compensation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.bank.complaints.intake.Complaint;
import com.bank.complaints.intake.ComplaintRepository;
import com.bank.complaints.lifecycle.CaseData;
import com.bank.complaints.vigilance.PatternFlags;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Task_DecideApprovalAuthority, on start (issue 17.7): works out from our own records what remedy-authority.dmn
 * weighs besides the proposal, so no task or form can set it: an open suspicious-pattern flag on the customer, and
 * whether the proposed remedy takes the customer's compensation in the rolling period above the analysts' cap
 * (compensation-caps.dmn). Either sends the proposal to a supervisor, even on the small-claims fast track; the
 * reason, in English and Chinese, is shown on "Approve proposal".
 */
@Component("approvalChecks")
class ApprovalChecks implements ExecutionListener {

    private final ComplaintRepository complaints;
    private final PatternFlags flags;
    private final CompensationCaps caps;

    ApprovalChecks(ComplaintRepository complaints, PatternFlags flags, CompensationCaps caps) {
        this.complaints = complaints;
        this.flags = flags;
        this.caps = caps;
    }

    @Override
    public void notify(DelegateExecution execution) {
        CaseData data = CaseData.of(execution);
        Complaint complaint = complaints.require(data.reference());
        String customerId = complaint.details().customerId();
        String segment = complaint.details().customerSegment() == null ? null : complaint.details().customerSegment().name();
        List<String> references = complaints.referencesOfCustomer(customerId);
        List<String> reasons = new ArrayList<>();

        boolean flagged = flags.openOnCustomer(customerId, references);
        if (flagged) {
            reasons.add("An open suspicious-pattern flag on the customer awaits a supervisor's review"
                    + " / 该客户有待主管复核的可疑投诉模式标记");
        }
        boolean aboveCap = false;
        BigDecimal amount = data.remedyAmount();
        Optional<CompensationCaps.Cap> cap = caps.capOf(data.remedyType(), segment);
        if (cap.isPresent() && amount != null) {
            List<String> others = references.stream().filter(reference -> !reference.equals(data.reference())).toList();
            BigDecimal already = caps.alreadyApproved(others, segment, cap.get());
            aboveCap = already.add(amount).compareTo(cap.get().amount()) > 0;
            if (aboveCap) {
                int months = cap.get().months();
                reasons.add("Above the customer's " + months + "-month cap of " + cny(cap.get().amount())
                        + " CNY (already " + cny(already) + ") / 超出该客户" + months + "个月补偿上限 "
                        + cny(cap.get().amount()) + " 元（已获 " + cny(already) + " 元）");
            }
        }
        data.approvalChecks(flagged, aboveCap, reasons.isEmpty() ? null : String.join("\n", reasons));
    }

    private static String cny(BigDecimal amount) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}
