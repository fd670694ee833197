package com.bank.complaints.lifecycle;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The one typed view of a case's process data, for every delegate and listener: names, types and
 * conversions live here (amounts are BigDecimal, counts long, flags boolean), so no hook spells a
 * variable name or casts an Object. Read from a running execution, task or variable scope, and
 * written back to it.
 */
public final class CaseData {

    private final String reference;
    private final Function<String, Object> read;
    private final BiConsumer<String, Object> write;

    private CaseData(String reference, Function<String, Object> read, BiConsumer<String, Object> write) {
        this.reference = reference;
        this.read = read;
        this.write = write;
    }

    public static CaseData of(DelegateExecution execution) {
        return new CaseData(execution.getProcessBusinessKey(), execution::getVariable, execution::setVariable);
    }

    public static CaseData of(DelegateTask task) {
        return new CaseData(task.getExecution().getProcessBusinessKey(), task::getVariable, task::setVariable);
    }

    /** Any scope of variables, e.g. the {@code execution} an expression of the model hands over. */
    public static CaseData of(VariableScope scope) {
        return new CaseData(null, scope::getVariable, scope::setVariable);
    }

    /** The complaint's reference, its process's business key (from a plain scope: its reference variable). */
    public String reference() {
        return reference != null ? reference : text(Variables.REFERENCE);
    }

    public String remedyType() {
        return text(Variables.REMEDY_TYPE);
    }

    /** The remedy amount in CNY as entered, or null when the remedy moves no money. */
    public BigDecimal remedyAmount() {
        return decimal(read.apply(Variables.REMEDY_AMOUNT));
    }

    public String remedyDetails() {
        return text(Variables.REMEDY_DETAILS);
    }

    /** The remedy type of offered option {@code n} (1 to 3), or null when the proposal has no such option. */
    public String optionType(int n) {
        String type = text(Variables.OPTION_TYPES.get(n - 1));
        return type == null || type.isBlank() ? null : type;
    }

    /** Option {@code n}'s amount as the form sent it, not yet checked to be a number. */
    public Object optionAmountSent(int n) {
        return read.apply(Variables.OPTION_AMOUNTS.get(n - 1));
    }

    public String optionDetails(int n) {
        return text(Variables.OPTION_DETAILS.get(n - 1));
    }

    /** The option the customer chose, as sent ("2"), or null. */
    public String chosenOption() {
        Object chosen = read.apply(Variables.CHOSEN_OPTION);
        return chosen == null || "".equals(chosen) ? null : chosen.toString();
    }

    public boolean proposalApproved() {
        return flag(Variables.PROPOSAL_APPROVED);
    }

    public String approvalLevel() {
        return text(Variables.APPROVAL_LEVEL);
    }

    public String proposedBy() {
        return text(Variables.PROPOSED_BY);
    }

    public long customerRejections() {
        Object rejections = read.apply(Variables.CUSTOMER_REJECTIONS);
        return rejections instanceof Number number ? number.longValue() : 0;
    }

    public boolean customerAccepted() {
        return flag(Variables.CUSTOMER_ACCEPTED);
    }

    public boolean stopPayment() {
        return flag(Variables.STOP_PAYMENT);
    }

    public boolean freezeCard() {
        return flag(Variables.FREEZE_CARD);
    }

    public String protectiveMeasuresAtResolution() {
        return text(Variables.PROTECTIVE_MEASURES_AT_RESOLUTION);
    }

    public String protectiveMeasuresNote() {
        return text(Variables.PROTECTIVE_MEASURES_NOTE);
    }

    public String evidenceRequest() {
        return text(Variables.EVIDENCE_REQUEST);
    }

    public String finding() {
        return text(Variables.FINDING);
    }

    public String findingSummary() {
        return text(Variables.FINDING_SUMMARY);
    }

    public String preliminarySolution() {
        return text(Variables.PRELIMINARY_SOLUTION);
    }

    public String consultationAnswer() {
        return text(Variables.CONSULTATION_ANSWER);
    }

    public String finalSolution() {
        return text(Variables.FINAL_SOLUTION);
    }

    public Instant regulatoryDue() {
        return read.apply(Variables.REGULATORY_DUE) instanceof Date due ? due.toInstant() : null;
    }

    public String extensionReason() {
        return text(Variables.EXTENSION_REASON);
    }

    public Integer satisfactionScore() {
        return read.apply(Variables.SATISFACTION_SCORE) instanceof Number score ? score.intValue() : null;
    }

    public String handlingGroup() {
        return text(Variables.HANDLING_GROUP);
    }

    public String severity() {
        return text(Variables.SEVERITY);
    }

    public String category() {
        return text(Variables.CATEGORY);
    }

    public String specialKind() {
        return text(Variables.SPECIAL_KIND);
    }

    public String complexity() {
        return text(Variables.COMPLEXITY);
    }

    /** The triage decision's single result, its output columns by name, until triage has copied them. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> triageResult() {
        return (Map<String, Object>) read.apply(Variables.TRIAGE_RESULT);
    }

    /** The customer's complaints in the window before this one (R-AN-3 repeat complaints). */
    public long priorComplaints() {
        return read.apply(Variables.PRIOR_COMPLAINTS) instanceof Number prior ? prior.longValue() : 0;
    }

    public String causeSummary() {
        return text(Variables.CAUSE_SUMMARY);
    }

    /** A new proposal round: who proposed it; the previous round's approval and customer answer no longer apply. */
    public void newProposal(String proposer) {
        write.accept(Variables.PROPOSED_BY, proposer);
        write.accept(Variables.PROPOSAL_APPROVED, null);
        write.accept(Variables.APPROVED_BY, null);
        write.accept(Variables.CUSTOMER_ACCEPTED, null);
        write.accept(Variables.CHOSEN_OPTION, null);
    }

    /** Who approves the proposal (R-RES-2, R-RES-3), where the rules of the resolution stage overrule the decision table. */
    public void approvalLevel(String level) {
        write.accept(Variables.APPROVAL_LEVEL, level);
    }

    public void approvedBy(String approver) {
        write.accept(Variables.APPROVED_BY, approver);
    }

    /** The customer's answers so far, and whether they now send the case to the expert panel (R-RES-4). */
    public void customerRejections(long rejections, boolean escalationNeeded) {
        write.accept(Variables.CUSTOMER_REJECTIONS, rejections);
        write.accept(Variables.ESCALATION_NEEDED, escalationNeeded);
    }

    /** The remedy shown and routed on; forms hold amounts as numbers, so the amount is stored as one. */
    public void remedy(String type, BigDecimal amount, String details) {
        write.accept(Variables.REMEDY_TYPE, type);
        write.accept(Variables.REMEDY_AMOUNT, amount == null ? null : amount.doubleValue());
        write.accept(Variables.REMEDY_DETAILS, details);
    }

    /** Issue 17.7: what remedy-authority.dmn weighs besides the proposal, and why a supervisor must approve (null: no such reason). */
    public void approvalChecks(boolean customerFlagged, boolean compensationCapExceeded, String reason) {
        write.accept(Variables.CUSTOMER_FLAGGED, customerFlagged);
        write.accept(Variables.COMPENSATION_CAP_EXCEEDED, compensationCapExceeded);
        write.accept(Variables.APPROVAL_REASON, reason);
    }

    public void executedBy(String executor) {
        write.accept(Variables.EXECUTED_BY, executor);
    }

    public void causeSummary(String summary) {
        write.accept(Variables.CAUSE_SUMMARY, summary);
    }

    public void regulatoryDue(Instant due) {
        write.accept(Variables.REGULATORY_DUE, Date.from(due));
    }

    private String text(String name) {
        Object value = read.apply(name);
        return value == null ? null : value.toString();
    }

    private boolean flag(String name) {
        return Boolean.TRUE.equals(read.apply(name));
    }

    /** Numbers arrive as Long, Integer or Double from forms and the REST API: their decimal text is the amount. */
    public static BigDecimal decimal(Object value) {
        if (value == null || "".equals(value)) {
            return null;
        }
        return new BigDecimal(value.toString());
    }
}
