package com.bank.complaints.customer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.bank.complaints.intake.Complaint;
import com.bank.complaints.intake.ComplaintRepository;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Activities;
import com.bank.complaints.lifecycle.ComplaintLifecycle;
import com.bank.complaints.lifecycle.Stages;
import com.bank.complaints.sla.ClockRecord;
import com.bank.complaints.sla.SlaClock;
import com.bank.complaints.sla.SlaClocks;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.stereotype.Service;

/**
 * The customer's status query. It answers only when the reference and the last four digits of the
 * phone number on file both match, and says nothing about which of the two was wrong.
 */
@Service
public class StatusService {

    static final String CLOSED = "CLOSED";

    private final ComplaintRepository complaints;
    private final SlaClocks clocks;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;

    StatusService(ComplaintRepository complaints, SlaClocks clocks, RuntimeService runtimeService,
            HistoryService historyService) {
        this.complaints = complaints;
        this.clocks = clocks;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
    }

    public Optional<ComplaintStatus> status(String reference, String phoneLast4) {
        return complaints.find(reference)
                .filter(complaint -> phoneEndsWith(complaint, phoneLast4))
                .flatMap(this::status);
    }

    private Optional<ComplaintStatus> status(Complaint complaint) {
        HistoricProcessInstance process = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ComplaintLifecycle.PROCESS_KEY)
                .processInstanceBusinessKey(complaint.reference())
                .singleResult();
        if (process == null) {
            return Optional.empty();
        }
        List<HistoricActivityInstance> steps = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(process.getId()).list();
        Instant lastUpdate = steps.stream()
                .flatMap(step -> Stream.of(step.getStartTime(), step.getEndTime()))
                .filter(Objects::nonNull)
                .map(Date::toInstant)
                .max(Instant::compareTo)
                .orElse(complaint.receivedAt());
        if (process.getEndTime() != null) {
            return Optional.of(new ComplaintStatus(complaint.reference(), CLOSED, "Closed", List.of(), lastUpdate));
        }
        ActivityInstance stage = Stages.current(runtimeService.getActivityInstance(process.getId())).orElse(null);
        List<ComplaintStatus.OpenDeadline> open = clocks.clocks(complaint.reference()).stream()
                .filter(clock -> clock.running() && SlaClock.TOLD_AT_RECEIPT.contains(clock.clock()))
                .sorted(Comparator.comparing(ClockRecord::dueAt))
                .map(clock -> new ComplaintStatus.OpenDeadline(clock.clock().name(), clock.dueAt()))
                .toList();
        return Optional.of(new ComplaintStatus(complaint.reference(), stageCode(stage), stage == null ? null : stage.getActivityName(),
                open, lastUpdate));
    }

    private static String stageCode(ActivityInstance stage) {
        if (stage == null) {
            return "IN_PROGRESS";
        }
        return stage.getActivityId().substring(Activities.STAGE_PREFIX.length())
                .replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static boolean phoneEndsWith(Complaint complaint, String last4) {
        String phone = complaint.details().customerPhone();
        if (phone == null || last4 == null || !last4.matches("[0-9]{4}")) {
            return false;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        // constant-time comparison, so timing does not tell how many digits were right
        return digits.length() >= 4 && MessageDigest.isEqual(
                digits.substring(digits.length() - 4).getBytes(StandardCharsets.US_ASCII),
                last4.getBytes(StandardCharsets.US_ASCII));
    }
}
