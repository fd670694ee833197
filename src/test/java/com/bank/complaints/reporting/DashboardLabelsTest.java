package com.bank.complaints.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.intake.AgeBand;
import com.bank.complaints.intake.Channel;
import com.bank.complaints.intake.CustomerSegment;
import com.bank.complaints.intake.Product;
import com.bank.complaints.rootcause.Axis;
import com.bank.complaints.vigilance.FlagKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16: the dashboard names what it counts, in English and in Chinese, instead of showing codes
 * (SOCIAL_MEDIA, FEE_WAIVER, NOT_RECORDED...); the CSV exports keep the codes. It links back to the start
 * page, Tasklist and Cockpit.
 */
@DeskTest
class DashboardLabelsTest {

    private static final String SEPTEMBER = "/dashboard?from=" + LabelData.FROM + "&to=" + LabelData.TO;
    /** The triage table's and the forms' codes (categories, special kinds, findings, remedies), and the action states. */
    private static final List<String> DECIDED_CODES = List.of("category.SERVICE", "category.TRANSACTION",
            "category.SECURITY", "category.PRODUCT", "category.OTHER", "specialKind.NONE", "specialKind.CHARGEBACK_DISPUTE",
            "specialKind.IRRATIONAL", "specialKind.ORGANISED_MALICIOUS", "specialKind.GROUP_COMPLAINT",
            "specialKind.MEDIA_RISK", "finding.FACT_CLEAR", "finding.MISUNDERSTANDING", "finding.LIABILITY_DISPUTE",
            "remedy.REFUND", "remedy.FEE_WAIVER", "remedy.EARLY_SETTLEMENT", "remedy.INSTALLMENT_CHANGE",
            "remedy.POINTS_GOODWILL", "remedy.EXPLANATION_ONLY", "actionStatus.OPEN", "actionStatus.COMPLETED");

    @Autowired
    Desk desk;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CauseNames causes;

    @BeforeEach
    void knownData() {
        LabelData.insertOnce(jdbc);
    }

    @Test
    @DisplayName("Issue 16: every channel, product, segment, age band, category, special kind, finding, remedy, flag kind and \"not recorded\" has a name in English and Chinese")
    void everyCodeHasANameInBothLanguages() throws IOException {
        Stream<String> codes = Stream.of(
                Arrays.stream(Channel.values()).map(c -> "channel." + c.name()),
                Arrays.stream(Product.values()).map(p -> "product." + p.name()),
                Arrays.stream(CustomerSegment.values()).map(s -> "customerSegment." + s.name()),
                Arrays.stream(AgeBand.values()).map(a -> "customerAgeBand." + a.name()),
                Arrays.stream(FlagKind.values()).map(k -> "flagKind." + k.name()),
                DECIDED_CODES.stream(), Stream.of(Dimensions.NOT_RECORDED)).flatMap(s -> s);
        Properties english = messages("messages.properties");
        Properties chinese = messages("messages_zh.properties");

        for (String code : codes.toList()) {
            String bare = code.substring(code.indexOf('.') + 1);
            assertThat(english.getProperty("dashboard.code." + code)).as(code).isNotBlank().isNotEqualTo(bare);
            assertThat(chinese.getProperty("dashboard.code." + code)).as(code).isNotBlank().isNotEqualTo(bare)
                    .isNotEqualTo(english.getProperty("dashboard.code." + code));
        }
    }

    @Test
    @DisplayName("Issue 16: every root cause the handlers can choose (forms/record-root-cause.form) is named in both languages, from the analysts' form")
    void everyCauseOfTheFormIsNamed() throws IOException {
        JsonNode form = new ObjectMapper().readTree(new ClassPathResource(CauseNames.FORM).getInputStream());
        for (Axis axis : Axis.values()) {
            for (JsonNode component : form.path("components")) {
                if (axis.variable().equals(component.path("key").asText())) {
                    for (JsonNode option : component.path("values")) {
                        String code = option.path("value").asText();
                        String label = option.path("label").asText();
                        assertThat(causes.name(axis.name(), code, Locale.ENGLISH)).as(code)
                                .hasValue(label.substring(0, label.indexOf(" / ")));
                        assertThat(causes.name(axis.name(), code, Locale.CHINESE)).as(code)
                                .hasValue(label.substring(label.indexOf(" / ") + 3));
                    }
                }
            }
        }
        assertThat(causes.name("PROCESS", "FEE_RULES_UNCLEAR", Locale.CHINESE)).hasValue("收费规则不清晰");
        assertThat(causes.name("PROCESS", "NO_SUCH_CAUSE", Locale.ENGLISH)).isEmpty();
    }

    @Test
    @DisplayName("Issue 16: the Chinese dashboard names channels, products, categories, special kinds, segments, findings, remedies and causes, and \"not recorded\": no codes")
    void theChineseDashboardShowsNames() {
        String html = inLanguage("zh-CN,zh;q=0.9", SEPTEMBER);

        assertThat(html).contains("<td>社交媒体</td>", "<td>监管转办</td>", "<td>手机银行</td>", "<td>客服热线</td>",
                "<td>信用卡</td>", "<td>分期业务</td>", "<td>现金分期</td>", "<td>账单分期</td>",
                "<td>交易类</td>", "<td>服务类</td>", "<td>安全类</td>", "<td>未记录</td>",
                "<td>舆情风险</td>", "<td>群体投诉</td>", "<td>财富客户</td>", "<td>45-54岁</td>",
                "<td>事实清楚</td>", "<td>客户误解</td>", "<td>费用减免</td>", "<td>仅解释说明</td>",
                "<td>收费规则不清晰</td>", "<td>告知信息错误</td>",
                "<option value=\"SOCIAL_MEDIA\">社交媒体</option>", "&quot;社交媒体&quot;", "&quot;流程: 收费规则不清晰&quot;",
                "显示为“未记录”")
                .doesNotContain(">SOCIAL_MEDIA<", ">REGULATOR_REFERRAL<", ">FEE_WAIVER<", ">NOT_RECORDED<",
                        ">FEE_RULES_UNCLEAR<", ">MEDIA_RISK<", ">CREDIT_CARD<", "&quot;SOCIAL_MEDIA&quot;", "NOT_RECORDED&quot;");
    }

    @Test
    @DisplayName("Issue 16: the English dashboard names them too; the CSV exports keep the codes")
    void theEnglishDashboardShowsNamesAndTheCsvKeepsCodes() {
        String html = inLanguage("en", SEPTEMBER + "&channel=SOCIAL_MEDIA");

        assertThat(html).contains("<td>Social media</td>", "<td>Credit card</td>", "<td>Not recorded</td>",
                "channel Social media", "<option value=\"SOCIAL_MEDIA\" selected=\"selected\">Social media</option>")
                .doesNotContain(">SOCIAL_MEDIA<", ">NOT_RECORDED<");
        String csv = desk.as("compliance").getForObject("/api/reports/dimensions?from=" + LabelData.FROM + "&to="
                + LabelData.TO + "&format=csv", String.class);
        assertThat(csv).contains("SOCIAL_MEDIA", "NOT_RECORDED", "FEE_WAIVER");
    }

    @Test
    @DisplayName("Issue 16: the dashboard links back to the start page, Tasklist and Cockpit, in the page's language")
    void theDashboardLinksToTasklistAndCockpit() {
        assertThat(inLanguage("en", SEPTEMBER)).contains("<a href=\"/\">Start page</a>",
                "<a href=\"/camunda/app/tasklist/\" id=\"nav-tasklist\">Tasklist</a>",
                "<a href=\"/camunda/app/cockpit/\" id=\"nav-cockpit\">Cockpit</a>");
        assertThat(inLanguage("zh", SEPTEMBER)).contains("<a href=\"/\">首页</a>", ">任务列表</a>", ">流程监控</a>");
    }

    private String inLanguage(String acceptLanguage, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        return desk.as("compliance").exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody();
    }

    private static Properties messages(String file) throws IOException {
        Properties messages = new Properties();
        try (Reader in = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages;
    }
}
