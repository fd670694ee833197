package com.bank.complaints.lifecycle;

import java.util.List;

/**
 * The contract of processes/complaint-lifecycle.bpmn: its key, the ids Java and tests refer to and
 * the names of its process variables. No other class spells these strings.
 */
public final class ComplaintLifecycle {

    public static final String PROCESS_KEY = "complaint-lifecycle";
    public static final String ESCALATION_PROCESS_KEY = "complaint-escalation";
    public static final String TRIAGE_DECISION = "complaint-triage";
    public static final String REMEDY_AUTHORITY_DECISION = "remedy-authority";
    public static final String COMPENSATION_CAPS_DECISION = "compensation-caps";

    private ComplaintLifecycle() {
    }

    /** Ids of the flow nodes that code or tests name. */
    public static final class Activities {
        public static final String START_COMPLAINT_RECEIVED = "StartEvent_ComplaintReceived";
        public static final String INTAKE = "SubProcess_Intake";
        public static final String SEND_RECEIPT = "Task_SendReceipt";
        public static final String TRIAGE = "SubProcess_Triage";
        public static final String TRIAGE_COMPLAINT = "Task_TriageComplaint";
        public static final String REVIEW_TRIAGE = "Task_ReviewTriage";
        public static final String REGULATORY_DEADLINE = "Scope_RegulatoryDeadline";
        public static final String REPLY_DEADLINE = "Scope_ReplyDeadline";
        public static final String SEND_FIRST_ANSWER = "Task_SendFirstAnswer";
        public static final String GREEN_CHANNEL = "SubProcess_GreenChannel";
        public static final String APPLY_PROTECTIVE_MEASURES = "Task_ApplyProtectiveMeasures";
        public static final String NOTIFY_PROTECTIVE_MEASURES = "Task_NotifyProtectiveMeasures";
        public static final String FIND_ROOT_CAUSE = "Task_FindRootCause";
        public static final String PROPOSE_PRELIMINARY_SOLUTION = "Task_ProposePreliminarySolution";
        public static final String SEND_PRELIMINARY_SOLUTION = "Task_SendPreliminarySolution";
        public static final String CONSULTATION = "SubProcess_Consultation";
        public static final String ANSWER_CONSULTATION = "Task_AnswerConsultation";
        public static final String INVESTIGATION = "SubProcess_Investigation";
        public static final String INVESTIGATE_COMPLAINT = "Task_InvestigateComplaint";
        public static final String REQUEST_EVIDENCE = "Task_RequestEvidence";
        public static final String AWAIT_EVIDENCE = "Task_AwaitEvidence";
        public static final String EVIDENCE_REMINDER = "Timer_EvidenceReminder";
        public static final String SEND_EVIDENCE_REMINDER = "Task_SendEvidenceReminder";
        public static final String EVIDENCE_WAIT_OVER = "Timer_EvidenceWaitOver";
        public static final String EVIDENCE_RECEIVED = "Event_EvidenceReceived";
        public static final String RECORD_FINDING = "Task_RecordFinding";
        public static final String RESOLUTION = "SubProcess_Resolution";
        public static final String PROPOSE_REMEDY = "Task_ProposeRemedy";
        public static final String DECIDE_APPROVAL_AUTHORITY = "Task_DecideApprovalAuthority";
        public static final String APPROVE_PROPOSAL = "Task_ApproveProposal";
        public static final String OFFER_SOLUTION = "Task_OfferSolution";
        public static final String RECORD_CUSTOMER_DECISION = "Task_RecordCustomerDecision";
        public static final String CUSTOMER_DECIDED = "Event_CustomerDecided";
        public static final String EXPERT_PANEL = "CallActivity_ExpertPanel";
        public static final String EXECUTION = "SubProcess_Execution";
        public static final String ISSUE_REFUND = "Task_IssueRefund";
        public static final String APPLY_FEE_WAIVER = "Task_ApplyFeeWaiver";
        public static final String SEND_SUPPLEMENTARY_AGREEMENT = "Task_SendSupplementaryAgreement";
        public static final String AGREEMENT_CONFIRMED = "Event_AgreementConfirmed";
        public static final String AGREEMENT_NOT_CONFIRMED = "Timer_AgreementNotConfirmed";
        public static final String APPLY_INSTALLMENT_CHANGE = "Task_ApplyInstallmentChange";
        public static final String HANDLE_UNCONFIRMED_AGREEMENT = "Task_HandleUnconfirmedAgreement";
        public static final String EXECUTE_REMEDY = "Task_ExecuteRemedy";
        public static final String DUAL_REVIEW = "Task_DualReview";
        public static final String CORRECT_EXECUTION = "Task_CorrectExecution";
        /** Issue 17: the bank refused an instruction (422); a handler reads its reason and decides. */
        public static final String HANDLE_CORE_BANKING_REFUSAL = "Task_HandleCoreBankingRefusal";
        /** Issue 17.4: a corrected amount after a failed dual review is approved like the first, then booked at the bank. */
        public static final String APPROVE_CORRECTION = "Task_ApproveCorrection";
        public static final String APPLY_CORRECTION = "Task_ApplyCorrection";
        public static final String FEEDBACK = "SubProcess_Feedback";
        public static final String SEND_RESULT_NOTICE = "Task_SendResultNotice";
        public static final String SEND_SURVEY = "Task_SendSurvey";
        public static final String SURVEY_ANSWERED = "Event_SurveyAnswered";
        public static final String SURVEY_NO_ANSWER = "Timer_SurveyNoAnswer";
        public static final String FOLLOW_UP_DISSATISFIED = "Task_FollowUpDissatisfied";
        public static final String CALLBACK_CUSTOMER = "Task_CallbackCustomer";
        public static final String ROOT_CAUSE = "SubProcess_RootCause";
        public static final String RECORD_ROOT_CAUSE = "Task_RecordRootCause";
        public static final String ARCHIVE = "SubProcess_Archive";
        public static final String ARCHIVE_COMPLAINT = "Task_ArchiveComplaint";
        public static final String COMPLAINT_CLOSED = "EndEvent_ComplaintClosed";
        public static final String APPROVE_EXTENSION = "Task_ApproveExtension";
        public static final String EXTEND_REGULATORY_DEADLINE = "Task_ExtendRegulatoryDeadline";
        public static final String NOTIFY_EXTENSION = "Task_NotifyExtension";

        public static final String LEGAL_REVIEW = "Task_LegalReview";
        public static final String COMPLIANCE_REVIEW = "Task_ComplianceReview";
        public static final String BUSINESS_REVIEW = "Task_BusinessReview";
        public static final String RECORD_CUSTOMER_MEETING = "Task_RecordCustomerMeeting";
        public static final String ISSUE_FINAL_SOLUTION = "Task_IssueFinalSolution";
        public static final String SEND_FINAL_SOLUTION = "Task_SendFinalSolution";

        /** Every stage is an embedded subprocess whose id starts with this prefix. */
        public static final String STAGE_PREFIX = "SubProcess_";

        /** A deadline frame: an embedded subprocess that groups stages under one clock's boundary timers. */
        public static final String SCOPE_PREFIX = "Scope_";

        private Activities() {
        }
    }

    /** Process variable names; the README lists them for analysts. */
    public static final class Variables {
        public static final String REFERENCE = "reference";
        public static final String CHANNEL = "channel";
        public static final String CHANNEL_MESSAGE_ID = "channelMessageId";
        public static final String LANGUAGE = "language";
        public static final String CUSTOMER_ID = "customerId";
        public static final String CUSTOMER_NAME = "customerName";
        public static final String CUSTOMER_PHONE = "customerPhone";
        public static final String CUSTOMER_EMAIL = "customerEmail";
        public static final String CARD_OR_CONTRACT_NUMBER = "cardOrContractNumber";
        public static final String PRODUCT = "product";
        public static final String BUSINESS_PERIOD = "businessPeriod";
        public static final String TRANSACTION_DATE = "transactionDate";
        public static final String GRIEVANCE = "grievance";
        public static final String EXPECTED_OUTCOME = "expectedOutcome";
        public static final String DISPUTED_AMOUNT = "disputedAmount";
        public static final String EMOTIONAL_STATE = "emotionalState";
        public static final String CUSTOMER_SEGMENT = "customerSegment";
        public static final String CUSTOMER_AGE_BAND = "customerAgeBand";
        public static final String INTAKE_AGENT = "intakeAgent";
        public static final String REGULATORY_DUE = "regulatoryDue";
        public static final String PRIOR_COMPLAINTS = "priorComplaints";
        /** R-INTAKE-5: who owns the case now, the intake agent until a recorded hand-over (shown on task cards). */
        public static final String CASE_OWNER = "caseOwner";

        /** Input parameters of the SLA warning and breach steps: which clock, and the late task of a stage clock. */
        public static final String CLOCK = "clock";
        public static final String LATE_ACTIVITY = "lateActivity";

        public static final String TRIAGE_RESULT = "triageResult";
        public static final String SEVERITY = "severity";
        public static final String CATEGORY = "category";
        public static final String SPECIAL_KIND = "specialKind";
        public static final String COMPLEXITY = "complexity";
        public static final String HANDLING_GROUP = "handlingGroup";
        public static final String TRIAGE_CONFIDENT = "triageConfident";
        public static final String TRIAGE_SUGGESTION = "triageSuggestion";
        public static final String TRIAGE_CORRECTION_REASON = "triageCorrectionReason";

        public static final String STOP_PAYMENT = "stopPayment";
        public static final String FREEZE_CARD = "freezeCard";
        public static final String PROTECTIVE_MEASURES_NOTE = "protectiveMeasuresNote";
        /** The handler's decision at resolution on the protective measures: LIFT or KEEP (the default). */
        public static final String PROTECTIVE_MEASURES_AT_RESOLUTION = "protectiveMeasuresAtResolution";
        public static final String ROOT_CAUSE = "rootCause";
        public static final String PRELIMINARY_SOLUTION = "preliminarySolution";
        public static final String CONSULTATION_ANSWER = "consultationAnswer";

        public static final String INVESTIGATION_NOTES = "investigationNotes";
        public static final String EVIDENCE_NEEDED = "evidenceNeeded";
        public static final String EVIDENCE_REQUEST = "evidenceRequest";
        public static final String EVIDENCE_RECEIVED = "evidenceReceived";
        public static final String EVIDENCE_SUMMARY = "evidenceSummary";
        public static final String FINDING = "finding";
        public static final String FINDING_SUMMARY = "findingSummary";

        public static final String REMEDY_TYPE = "remedyType";
        public static final String REMEDY_AMOUNT = "remedyAmount";
        public static final String REMEDY_DETAILS = "remedyDetails";
        /** Options 2 and 3 a proposal may offer besides option 1 (remedyType, remedyAmount, remedyDetails), R-RES-1. */
        public static final String OPTION_2_TYPE = "option2Type";
        public static final String OPTION_2_AMOUNT = "option2Amount";
        public static final String OPTION_2_DETAILS = "option2Details";
        public static final String OPTION_3_TYPE = "option3Type";
        public static final String OPTION_3_AMOUNT = "option3Amount";
        public static final String OPTION_3_DETAILS = "option3Details";
        /** Option n's variables at index n - 1. */
        public static final List<String> OPTION_TYPES = List.of(REMEDY_TYPE, OPTION_2_TYPE, OPTION_3_TYPE);
        public static final List<String> OPTION_AMOUNTS = List.of(REMEDY_AMOUNT, OPTION_2_AMOUNT, OPTION_3_AMOUNT);
        public static final List<String> OPTION_DETAILS = List.of(REMEDY_DETAILS, OPTION_2_DETAILS, OPTION_3_DETAILS);
        /** Which of the offered options the customer chose ("1" to "3"), through the link or as the handler records it. */
        public static final String CHOSEN_OPTION = "chosenOption";
        public static final String PROPOSED_BY = "proposedBy";
        public static final String APPROVAL_LEVEL = "approvalLevel";
        public static final String PROPOSAL_APPROVED = "proposalApproved";
        public static final String REJECTION_REASON = "rejectionReason";
        public static final String APPROVED_BY = "approvedBy";
        public static final String CUSTOMER_ACCEPTED = "customerAccepted";
        public static final String CUSTOMER_REJECTIONS = "customerRejections";
        /** What the customer said with their decision, above all why they refuse (their answer page, or the handler's record). */
        public static final String CUSTOMER_DECISION_NOTE = "customerDecisionNote";
        public static final String ESCALATION_NEEDED = "escalationNeeded";
        /** Issue 17.7: worked out from our records just before remedy-authority.dmn runs, and why a supervisor must approve. */
        public static final String CUSTOMER_FLAGGED = "customerFlagged";
        public static final String COMPENSATION_CAP_EXCEEDED = "compensationCapExceeded";
        public static final String APPROVAL_REASON = "approvalReason";
        public static final String FINAL_SOLUTION = "finalSolution";

        public static final String EXECUTED_BY = "executedBy";
        public static final String AGREEMENT_CONFIRMED = "agreementConfirmed";
        public static final String REVIEW_PASSED = "reviewPassed";
        public static final String REVIEW_NOTES = "reviewNotes";
        public static final String REVIEWED_BY = "reviewedBy";
        /** Issue 17: the bank's reason code (e.g. CARD_CLOSED) and words when it refused an instruction. */
        public static final String CORE_BANKING_REFUSAL_REASON = "coreBankingRefusalReason";
        public static final String CORE_BANKING_REFUSAL_MESSAGE = "coreBankingRefusalMessage";
        /** Issue 17: what the handler did about the bank's refusal. */
        public static final String CORE_BANKING_REFUSAL_NOTE = "coreBankingRefusalNote";
        /** Issue 17.4: the amount that should have been paid (operations, "Correct execution"), who proposed it, the supervisor's decision. */
        public static final String CORRECTED_AMOUNT = "correctedAmount";
        public static final String CORRECTION_NOTE = "correctionNote";
        public static final String CORRECTION_TO_APPROVE = "correctionToApprove";
        public static final String CORRECTION_PROPOSED_BY = "correctionProposedBy";
        public static final String CORRECTION_APPROVED = "correctionApproved";
        public static final String CORRECTION_APPROVED_BY = "correctionApprovedBy";

        public static final String EXTENSION_REASON = "extensionReason";
        public static final String EXTENSION_REQUESTED_BY = "extensionRequestedBy";
        public static final String EXTENSION_APPROVED = "extensionApproved";

        public static final String SATISFACTION_SCORE = "satisfactionScore";
        public static final String FOLLOW_UP_NOTES = "followUpNotes";
        public static final String PROBLEM_SOLVED = "problemSolved";
        public static final String CALLBACK_NOTES = "callbackNotes";

        /** R-AN-1: the root cause on each axis (a cause code, NONE where the axis played no part). */
        public static final String CAUSE_PROCESS = "causeProcess";
        public static final String CAUSE_STAFF = "causeStaff";
        public static final String CAUSE_SYSTEM = "causeSystem";
        public static final String CAUSE_SUMMARY = "causeSummary";

        private Variables() {
        }
    }

    /** Names of the messages the process waits for. */
    /** Issue 17: the BPMN error a refused core-banking instruction throws. */
    public static final String CORE_BANKING_REFUSED = "CoreBankingRefused";

    public static final class Messages {
        public static final String EVIDENCE_RECEIVED = "EvidenceReceived";
        public static final String CUSTOMER_DECIDED = "CustomerDecided";
        public static final String AGREEMENT_CONFIRMED = "AgreementConfirmed";
        public static final String SURVEY_ANSWERED = "SurveyAnswered";
        public static final String EXTENSION_REQUESTED = "ExtensionRequested";

        private Messages() {
        }
    }

    /** Candidate groups named in the model. */
    public static final class Groups {
        public static final String INTAKE_AGENTS = "intake-agents";
        public static final String COMPLAINT_HANDLERS = "complaint-handlers";
        public static final String SUPERVISORS = "supervisors";
        public static final String OPERATIONS = "operations";
        /** R-TRIAGE-5: handling groups with their own expertise, named by complaint-triage.dmn. */
        public static final String RISK_TEAM = "risk-team";
        public static final String OPERATIONS_TEAM = "operations-team";
        public static final String PRODUCT_TEAM = "product-team";
        public static final String EXPERT_LEGAL = "expert-legal";
        public static final String EXPERT_COMPLIANCE = "expert-compliance";
        public static final String EXPERT_BUSINESS = "expert-business";
        public static final String COMPLIANCE_OFFICERS = "compliance-officers";
        public static final String SENIOR_MANAGERS = "senior-managers";
        public static final String ADMINISTRATORS = "camunda-admin";

        private Groups() {
        }
    }
}
