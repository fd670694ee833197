package com.bank.complaints.notification;

import static com.bank.complaints.TestComplaints.chineseFeeComplaint;
import static com.bank.complaints.TestComplaints.feeComplaint;
import static com.bank.complaints.TestComplaints.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.MailOutage;
import com.bank.complaints.Mails;
import com.bank.complaints.intake.ComplaintRepository;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Activities;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@DeskTest
class ReceiptTest {

    @Autowired
    Desk desk;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    ReceiptService receipts;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    @Test
    @DisplayName("R-INTAKE-3/4 the English receipt carries the reference, how to check progress, the steps and the time limits")
    void englishReceipt() throws Exception {
        String reference = desk.accepted(with(feeComplaint(), "customerEmail", "receipt-en@example.com"));
        desk.runJobs(reference);

        MimeMessage mail = onlyMailTo("receipt-en@example.com");
        assertThat(mail.getSubject()).isEqualTo("We have received your complaint " + reference);
        for (String body : List.of(part(mail, "text/plain"), part(mail, "text/html"))) {
            assertThat(body).contains(reference, "Dear Li Lei",
                    "status.html?reference=" + reference, "400-000-0000",
                    "How we handle your complaint", "Investigation", "Solution",
                    "within 24 hours", "within 3 working days", "within 5 working days", "within 30 days",
                    "The installment fee was charged twice in October.");
        }
    }

    @Test
    @DisplayName("R-INTAKE-3/4 a Chinese-speaking customer gets the receipt in Chinese")
    void chineseReceipt() throws Exception {
        String reference = desk.accepted(with(chineseFeeComplaint(), "customerEmail", "receipt-zh@example.com"));
        desk.runJobs(reference);

        MimeMessage mail = onlyMailTo("receipt-zh@example.com");
        assertThat(mail.getSubject()).isEqualTo("您的投诉已受理（编号 " + reference + "）");
        for (String body : List.of(part(mail, "text/plain"), part(mail, "text/html"))) {
            assertThat(body).contains(reference, "韩梅梅，您好", "手机号码后四位", "处理流程",
                    "24小时内", "3个工作日内", "5个工作日内", "30日内", "十月份的分期手续费被重复扣收。");
        }
    }

    @Test
    @DisplayName("the receipt is sent by an asynchronous step, not in the intake call")
    void receiptIsAsynchronous() {
        String reference = desk.accepted(with(feeComplaint(), "customerEmail", "receipt-async@example.com"));

        assertThat(Mails.to(greenMail, "receipt-async@example.com")).isEmpty();
        Job job = managementService.createJobQuery().processInstanceId(desk.process(reference).getId())
                .activityId(Activities.SEND_RECEIPT).singleResult();
        assertThat(job).isNotNull();
        assertThat(runtimeService.getActivityInstance(desk.process(reference).getId())
                .getTransitionInstances(Activities.SEND_RECEIPT)).hasSize(1);
    }

    @Test
    @DisplayName("a retried receipt step never sends the receipt twice")
    void retriedStepSendsOnce() {
        String reference = desk.accepted(with(feeComplaint(), "customerEmail", "receipt-once@example.com"));
        desk.runJobs(reference);

        // the step runs again for the same complaint, as a job retried after its commit failed would
        runtimeService.createProcessInstanceModification(desk.process(reference).getId())
                .startBeforeActivity(Activities.SEND_RECEIPT)
                .execute();
        desk.runJobs(reference);
        receipts.sendReceipt(reference);

        assertThat(receipts("receipt-once@example.com")).hasSize(1);
    }

    @Test
    @DisplayName("an SMTP failure leaves a job with retries, then an incident; the complaint is kept and the receipt goes out once SMTP is back")
    void smtpFailureBecomesRetriesThenIncident() throws Exception {
        String reference = desk.accepted(with(feeComplaint(), "customerEmail", "receipt-smtp@example.com"));
        String processId = desk.process(reference).getId();
        Job job = managementService.createJobQuery().processInstanceId(processId).activityId(Activities.SEND_RECEIPT)
                .singleResult();
        try (MailOutage outage = MailOutage.of(mailSender)) {
            assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("Mail");
            assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(2);
            assertThat(runtimeService.createIncidentQuery().processInstanceId(processId).count()).isZero();

            for (int attempt = 2; attempt <= 3; attempt++) {
                assertThatThrownBy(() -> managementService.executeJob(job.getId())).isNotNull();
            }
            assertThat(runtimeService.createIncidentQuery().processInstanceId(processId).singleResult().getIncidentType())
                    .isEqualTo("failedJob");
            assertThat(complaints.find(reference)).isPresent();
            assertThat(Mails.to(greenMail, "receipt-smtp@example.com")).isEmpty();
        }

        managementService.setJobRetries(job.getId(), 1);
        managementService.executeJob(job.getId());

        assertThat(receipts("receipt-smtp@example.com")).hasSize(1);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(processId).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(processId)
                .activityId(Activities.SEND_RECEIPT).finished().count()).isEqualTo(1);
    }

    @Test
    @DisplayName("without an e-mail address the receipt is recorded as skipped and the complaint goes on")
    void noEmailAddressSkipsTheReceipt() {
        String reference = desk.accepted(with(feeComplaint(), "customerEmail", null));
        desk.runJobs(reference);

        assertThat(outbox.status(new Notification(reference, ReceiptService.KIND, CustomerMailer.EMAIL, null).key()))
                .isEqualTo(NotificationOutbox.SKIPPED);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(desk.process(reference).getId())
                .activityId(Activities.SEND_RECEIPT).finished().count()).isEqualTo(1);
    }

    private MimeMessage onlyMailTo(String address) {
        List<MimeMessage> mails = receipts(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    /** The mails to the address but the first answer, which follows triage on its own (R-INTAKE-4). */
    private List<MimeMessage> receipts(String address) {
        return Mails.to(greenMail, address).stream()
                .filter(mail -> !Mails.subject(mail).contains("who handles it") && !Mails.subject(mail).contains("处理人员"))
                .toList();
    }

    private static String part(MimeMessage mail, String type) throws Exception {
        String body = MailParts.find(mail, type);
        assertThat(body).as(type + " part").isNotNull();
        return body;
    }
}
