package com.bank.complaints.triage;

import static com.bank.complaints.intake.Channel.APP;
import static com.bank.complaints.intake.Channel.HOTLINE;
import static com.bank.complaints.intake.Channel.SOCIAL_MEDIA;
import static com.bank.complaints.intake.EmotionalState.ANGRY;
import static com.bank.complaints.intake.EmotionalState.ANXIOUS;
import static com.bank.complaints.intake.EmotionalState.CALM;
import static com.bank.complaints.intake.EmotionalState.DISSATISFIED;
import static com.bank.complaints.intake.Product.CREDIT_CARD;
import static com.bank.complaints.intake.Product.INSTALLMENT_PLAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.bank.complaints.DecisionTableUnderTest;
import com.bank.complaints.intake.Channel;
import com.bank.complaints.intake.EmotionalState;
import com.bank.complaints.intake.Product;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R-TRIAGE-1..5: the triage table (processes/complaint-triage.dmn) on the DMN engine alone, one row of test
 * data per rule of the table, plus Chinese, mixed-language and empty-field variants. Each row names the rule it
 * must hit, so a row that starts to match higher up in the table (hit policy FIRST) fails here.
 */
class ComplaintTriageDecisionTest {

    private static final Path TABLE = Path.of("processes", "complaint-triage.dmn");
    private static final String DECISION = "complaint-triage";
    private static final String HANDLERS = "complaint-handlers";
    private static final String SUPERVISORS = "supervisors";
    private static final String RISK = "risk-team";
    private static final String OPERATIONS_TEAM = "operations-team";
    private static final String PRODUCT = "product-team";

    private static DecisionTableUnderTest table;

    @BeforeAll
    static void parseTable() throws IOException {
        table = new DecisionTableUnderTest(TABLE, DECISION);
    }

    static List<Row> rows() {
        return List.of(
                row("R-TRIAGE-1 card theft is urgent security", "Rule_CardFraud",
                        complaint("My credit card was stolen and someone used it at a mall").amount(3_200.0).emotion(ANXIOUS),
                        "URGENT", "SECURITY", "NONE", "COMPLEX", HANDLERS, true),
                row("R-TRIAGE-1 盗刷 with no amount and no emotion recorded is urgent security", "Rule_CardFraud",
                        complaint("我的信用卡昨晚被盗刷了三笔"),
                        "URGENT", "SECURITY", "NONE", "COMPLEX", HANDLERS, true),
                row("R-TRIAGE-1 an UNAUTHORIZED transaction in capitals is urgent security", "Rule_CardFraud",
                        complaint("UNAUTHORIZED TRANSACTION ON MY CARD!!!").amount(560.0).emotion(ANGRY),
                        "URGENT", "SECURITY", "NONE", "COMPLEX", HANDLERS, true),
                row("R-TRIAGE-1 English words inside Chinese text are found (我的card被fraud了)", "Rule_CardFraud",
                        complaint("我的card被fraud了，请马上处理"),
                        "URGENT", "SECURITY", "NONE", "COMPLEX", HANDLERS, true),
                row("R-TRIAGE-1 an information leak is urgent security", "Rule_InformationLeak",
                        complaint("My personal data was leaked to a debt collector").emotion(ANXIOUS),
                        "URGENT", "SECURITY", "NONE", "COMPLEX", HANDLERS, true),
                row("R-TRIAGE-1 信息泄露 is urgent security", "Rule_InformationLeak",
                        complaint("我的个人信息泄露了，总有陌生人打电话给我"),
                        "URGENT", "SECURITY", "NONE", "COMPLEX", HANDLERS, true),
                row("R-TRIAGE-1 frozen funds are urgent transaction", "Rule_FrozenFunds",
                        complaint("My account was frozen and I cannot pay my rent").amount(12_000.0),
                        "URGENT", "TRANSACTION", "NONE", "COMPLEX", HANDLERS, true),
                row("R-TRIAGE-1 冻结 is urgent transaction", "Rule_FrozenFunds",
                        complaint("账户资金被冻结，无法还款"),
                        "URGENT", "TRANSACTION", "NONE", "COMPLEX", HANDLERS, true),
                row("R-TRIAGE-1 50,000 CNY in dispute is urgent transaction, whatever the words", "Rule_LargeAmount",
                        complaint("The installment fee on my plan is wrong").product(INSTALLMENT_PLAN).amount(50_000.0),
                        "URGENT", "TRANSACTION", "NONE", "COMPLEX", HANDLERS, true),
                row("R-TRIAGE-3 a group complaint goes to supervisors", "Rule_GroupComplaint",
                        complaint("This is a group complaint from 30 customers of the same installment plan")
                                .product(INSTALLMENT_PLAN).amount(900.0),
                        "GENERAL", "OTHER", "GROUP_COMPLAINT", "COMPLEX", SUPERVISORS, true),
                row("R-TRIAGE-3 集体投诉 goes to supervisors", "Rule_GroupComplaint",
                        complaint("我们二十多位客户集体投诉分期手续费不合理").product(INSTALLMENT_PLAN),
                        "GENERAL", "OTHER", "GROUP_COMPLAINT", "COMPLEX", SUPERVISORS, true),
                row("R-TRIAGE-3 a threat to go to journalists is a media risk", "Rule_MediaRisk",
                        complaint("Fix this today or I will talk to the journalists").emotion(ANGRY),
                        "GENERAL", "OTHER", "MEDIA_RISK", "COMPLEX", SUPERVISORS, true),
                row("R-TRIAGE-3 发微博曝光 is a media risk", "Rule_MediaRisk",
                        complaint("再不处理我就发微博曝光你们"),
                        "GENERAL", "OTHER", "MEDIA_RISK", "COMPLEX", SUPERVISORS, true),
                row("R-TRIAGE-3 an angry customer on social media is a media risk", "Rule_MediaRiskSocialChannel",
                        complaint("Worst bank ever, nobody cares about customers").channel(SOCIAL_MEDIA).emotion(ANGRY),
                        "GENERAL", "OTHER", "MEDIA_RISK", "COMPLEX", SUPERVISORS, true),
                row("issue 17.6 R-TRIAGE-3 R-TRIAGE-5 a refused refund is a chargeback dispute, complex even when small, for the operations team", "Rule_ChargebackDispute",
                        complaint("The merchant refused to refund me, I want a chargeback").amount(800.0),
                        "GENERAL", "TRANSACTION", "CHARGEBACK_DISPUTE", "COMPLEX", OPERATIONS_TEAM, true),
                row("R-TRIAGE-3 拒绝退款 / 拒付 is a chargeback dispute", "Rule_ChargebackDispute",
                        complaint("商户拒绝退款，我要求拒付这笔交易").amount(2_300.0),
                        "GENERAL", "TRANSACTION", "CHARGEBACK_DISPUTE", "COMPLEX", OPERATIONS_TEAM, true),
                row("issue 17.6 R-TRIAGE-3 R-TRIAGE-5 a paid complaint agent (代理维权, 停息挂账) is suspected organised malicious, for the risk team",
                        "Rule_BlackIndustryAgent",
                        complaint("我已委托代理维权公司，要求停息挂账").product(INSTALLMENT_PLAN),
                        "GENERAL", "OTHER", "ORGANISED_MALICIOUS", "COMPLEX", RISK, true),
                row("issue 17.6 R-AN-5 R-TRIAGE-5 five complaints in 90 days is suspected organised malicious, for the risk team", "Rule_SerialComplainant",
                        complaint("The installment fee is too high").product(INSTALLMENT_PLAN).amount(120.0).prior(5),
                        "GENERAL", "OTHER", "ORGANISED_MALICIOUS", "COMPLEX", RISK, true),
                row("R-TRIAGE-3 an angry customer with three recent complaints is irrational", "Rule_AngryRepeatComplainant",
                        complaint("Your installment fee is robbery").amount(120.0).prior(3).emotion(ANGRY),
                        "GENERAL", "OTHER", "IRRATIONAL", "COMPLEX", HANDLERS, true),
                row("issue 17.6 R-TRIAGE-2 R-TRIAGE-5 misleading marketing is a complex product complaint, for the product team", "Rule_MisleadingMarketing",
                        complaint("The sales agent misled me: he said the installment plan was interest free")
                                .product(INSTALLMENT_PLAN).amount(300.0),
                        "GENERAL", "PRODUCT", "NONE", "COMPLEX", PRODUCT, true),
                row("R-TRIAGE-2 销售误导 is a complex product complaint", "Rule_MisleadingMarketing",
                        complaint("销售误导我说分期是零利率").product(INSTALLMENT_PLAN),
                        "GENERAL", "PRODUCT", "NONE", "COMPLEX", PRODUCT, true),
                row("issue 17.6 R-TRIAGE-2 R-TRIAGE-5 a fee or rate dispute of 5,000 CNY or more is complex, for the product team", "Rule_FeeOrRateLargeAmount",
                        complaint("The installment fee rate is far higher than the contract says")
                                .product(INSTALLMENT_PLAN).amount(5_000.0),
                        "GENERAL", "PRODUCT", "NONE", "COMPLEX", PRODUCT, true),
                row("R-TRIAGE-2 the demo fee complaint is a simple product complaint", "Rule_FeeOrRate",
                        complaint("The installment fee was charged twice in October.").product(INSTALLMENT_PLAN)
                                .channel(APP).amount(128.50).emotion(DISSATISFIED),
                        "GENERAL", "PRODUCT", "NONE", "SIMPLE", HANDLERS, true),
                row("R-TRIAGE-2 分期手续费 with no amount is a simple product complaint", "Rule_FeeOrRate",
                        complaint("十月份的分期手续费被重复扣收。").product(INSTALLMENT_PLAN),
                        "GENERAL", "PRODUCT", "NONE", "SIMPLE", HANDLERS, true),
                row("R-TRIAGE-2 a deduction error of 5,000 CNY or more is complex", "Rule_WrongDeductionLargeAmount",
                        complaint("You deducted my repayment twice this month").amount(12_000.0),
                        "GENERAL", "PRODUCT", "NONE", "COMPLEX", PRODUCT, true),
                row("R-TRIAGE-2 多扣 is a simple product complaint", "Rule_WrongDeduction",
                        complaint("这个月多扣了我两百元").amount(200.0),
                        "GENERAL", "PRODUCT", "NONE", "SIMPLE", HANDLERS, true),
                row("issue 17.6 R-TRIAGE-2 R-TRIAGE-5 a failed transaction of 5,000 CNY or more is complex, for the operations team", "Rule_TransactionProblemLargeAmount",
                        complaint("My repayment failed although the money left my debit account").amount(8_000.0),
                        "GENERAL", "TRANSACTION", "NONE", "COMPLEX", OPERATIONS_TEAM, true),
                row("R-TRIAGE-2 a wrong amount is a simple transaction complaint", "Rule_TransactionProblem",
                        complaint("The purchase shows the wrong amount on my statement").amount(99.0),
                        "GENERAL", "TRANSACTION", "NONE", "SIMPLE", OPERATIONS_TEAM, true),
                row("R-TRIAGE-2 未到账 is a simple transaction complaint", "Rule_TransactionProblem",
                        complaint("还款三天了还未到账").amount(1_000.0),
                        "GENERAL", "TRANSACTION", "NONE", "SIMPLE", OPERATIONS_TEAM, true),
                row("R-TRIAGE-1 rude hotline staff is a general service complaint", "Rule_ServiceProblem",
                        complaint("The hotline staff was rude and hung up on me").emotion(DISSATISFIED),
                        "GENERAL", "SERVICE", "NONE", "SIMPLE", HANDLERS, true),
                row("R-TRIAGE-2 客服态度 is a general service complaint", "Rule_ServiceProblem",
                        complaint("客服态度很差，处理太慢"),
                        "GENERAL", "SERVICE", "NONE", "SIMPLE", HANDLERS, true),
                row("R-TRIAGE-2 a limit change is a general service complaint", "Rule_ServiceProblem",
                        complaint("My credit limit was cut without notice").prior(4),
                        "GENERAL", "SERVICE", "NONE", "SIMPLE", HANDLERS, true),
                row("R-TRIAGE-1 a question is a consultation", "Rule_ConsultationOrSuggestion",
                        complaint("How do I apply for early repayment?").emotion(CALM),
                        "CONSULTATION", "OTHER", "NONE", "SIMPLE", HANDLERS, true),
                row("R-TRIAGE-1 a calm question on social media is a consultation, not a media risk",
                        "Rule_ConsultationOrSuggestion",
                        complaint("Quick question: what is the grace period?").channel(SOCIAL_MEDIA).emotion(CALM),
                        "CONSULTATION", "OTHER", "NONE", "SIMPLE", HANDLERS, true),
                row("R-TRIAGE-1 建议 is a consultation", "Rule_ConsultationOrSuggestion",
                        complaint("建议你们的APP增加账单提醒功能").channel(APP),
                        "CONSULTATION", "OTHER", "NONE", "SIMPLE", HANDLERS, true),
                row("R-TRIAGE-5 nothing recognised: general other, and a handler reviews it", "Rule_Unclassified",
                        complaint("I am not happy with your bank"),
                        "GENERAL", "OTHER", "NONE", "SIMPLE", HANDLERS, false),
                row("R-TRIAGE-5 'feel' is not a fee: English words match whole words only", "Rule_Unclassified",
                        complaint("I feel ignored").emotion(DISSATISFIED),
                        "GENERAL", "OTHER", "NONE", "SIMPLE", HANDLERS, false),
                row("R-TRIAGE-5 an empty grievance, amount, count and emotion fall through to review", "Rule_Unclassified",
                        complaint(null).product(null).channel(null).prior(null),
                        "GENERAL", "OTHER", "NONE", "SIMPLE", HANDLERS, false),
                row("R-TRIAGE-5 four complaints but no emotion recorded is not irrational", "Rule_Unclassified",
                        complaint("Something is wrong with my card").prior(4),
                        "GENERAL", "OTHER", "NONE", "SIMPLE", HANDLERS, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @DisplayName("R-TRIAGE-1..5 a complaint is classified by the rule named in its row")
    void triage(Row row) {
        DmnDecisionResult result = table.evaluate(row.complaint().variables());

        assertThat(table.matchedRules()).as("the rule that decided").containsExactly(row.rule());
        assertThat(result.getSingleResult().getEntryMap()).containsExactlyInAnyOrderEntriesOf(row.expected());
    }

    @Test
    @DisplayName("R-TRIAGE-5 every rule of the triage table has a row of test data here")
    void everyRuleIsTested() {
        List<String> tested = rows().stream().map(Row::rule).distinct().toList();

        assertThat(tested).containsExactlyInAnyOrderElementsOf(DecisionTableUnderTest.ruleIds(TABLE));
    }

    @Test
    @DisplayName("the table is what the lifecycle expects: key, first hit, history time to live, output names")
    void tableShape() {
        DmnModelInstance model = model();
        Decision triage = model.getModelElementById(DECISION);
        DecisionTable table = (DecisionTable) triage.getExpression();

        assertThat(triage.getCamundaHistoryTimeToLiveString()).isEqualTo("P1825D");
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(table.getOutputs()).extracting(Output::getName).containsExactly(
                "severity", "category", "specialKind", "complexity", "handlingGroup", "triageConfident");
        assertThat(model.getModelElementsByType(Rule.class)).last()
                .extracting(Rule::getId).isEqualTo("Rule_Unclassified");
    }

    private static DmnModelInstance model() {
        return Dmn.readModelFromFile(TABLE.toFile());
    }

    private static Row row(String name, String rule, Complaint complaint, String severity, String category,
            String specialKind, String complexity, String handlingGroup, boolean triageConfident) {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("severity", severity);
        expected.put("category", category);
        expected.put("specialKind", specialKind);
        expected.put("complexity", complexity);
        expected.put("handlingGroup", handlingGroup);
        expected.put("triageConfident", triageConfident);
        return new Row(name, rule, complaint, expected);
    }

    /** A complaint as the triage task sees it: a credit-card complaint by hotline, first of its customer. */
    private static Complaint complaint(String grievance) {
        return new Complaint(grievance, CREDIT_CARD.name(), null, HOTLINE.name(), 0L, null);
    }

    record Row(String name, String rule, Complaint complaint, Map<String, Object> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The process variables the triage table reads; absent values stay in the map as null, as in the process. */
    record Complaint(String grievance, String product, Double disputedAmount, String channel, Long priorComplaints,
            String emotionalState) {

        Complaint product(Product value) {
            return new Complaint(grievance, value == null ? null : value.name(), disputedAmount, channel,
                    priorComplaints, emotionalState);
        }

        Complaint amount(Double value) {
            return new Complaint(grievance, product, value, channel, priorComplaints, emotionalState);
        }

        Complaint channel(Channel value) {
            return new Complaint(grievance, product, disputedAmount, value == null ? null : value.name(),
                    priorComplaints, emotionalState);
        }

        Complaint prior(Integer value) {
            return new Complaint(grievance, product, disputedAmount, channel, value == null ? null : value.longValue(),
                    emotionalState);
        }

        Complaint emotion(EmotionalState value) {
            return new Complaint(grievance, product, disputedAmount, channel, priorComplaints,
                    value == null ? null : value.name());
        }

        Map<String, Object> variables() {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("grievance", grievance);
            variables.put("product", product);
            variables.put("disputedAmount", disputedAmount);
            variables.put("channel", channel);
            variables.put("priorComplaints", priorComplaints);
            variables.put("emotionalState", emotionalState);
            return variables;
        }
    }
}
