package com.bank.complaints.lifecycle;

/**
 * The contract of processes/complaint-lifecycle.bpmn: its key, the ids Java and tests refer to and
 * the names of its process variables. No other class spells these strings.
 */
public final class ComplaintLifecycle {

    public static final String PROCESS_KEY = "complaint-lifecycle";

    private ComplaintLifecycle() {
    }

    /** Ids of the flow nodes that code or tests name. */
    public static final class Activities {
        public static final String START_COMPLAINT_RECEIVED = "StartEvent_ComplaintReceived";
        public static final String INTAKE = "SubProcess_Intake";
        public static final String SEND_RECEIPT = "Task_SendReceipt";
        public static final String HANDLING = "SubProcess_Handling";
        public static final String HANDLE_COMPLAINT = "Task_HandleComplaint";
        public static final String COMPLAINT_CLOSED = "EndEvent_ComplaintClosed";

        /** Every stage is an embedded subprocess whose id starts with this prefix. */
        public static final String STAGE_PREFIX = "SubProcess_";

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
        public static final String RECEIVED_AT = "receivedAt";
        public static final String INTAKE_AGENT = "intakeAgent";
        public static final String FIRST_RESPONSE_DUE = "firstResponseDue";
        public static final String REPLY_DUE = "replyDue";
        public static final String REGULATORY_DUE = "regulatoryDue";
        public static final String FIRST_RESPONSE_SUMMARY = "firstResponseSummary";
        public static final String CUSTOMER_CONTACTED = "customerContacted";

        private Variables() {
        }
    }

    /** Candidate groups named in the model. */
    public static final class Groups {
        public static final String INTAKE_AGENTS = "intake-agents";
        public static final String COMPLAINT_HANDLERS = "complaint-handlers";
        public static final String SUPERVISORS = "supervisors";
        public static final String OPERATIONS = "operations";
        public static final String EXPERT_LEGAL = "expert-legal";
        public static final String EXPERT_COMPLIANCE = "expert-compliance";
        public static final String EXPERT_BUSINESS = "expert-business";
        public static final String COMPLIANCE_OFFICERS = "compliance-officers";
        public static final String ADMINISTRATORS = "camunda-admin";

        private Groups() {
        }
    }
}
