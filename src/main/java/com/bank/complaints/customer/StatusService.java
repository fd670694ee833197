package com.bank.complaints.customer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
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
import com.bank.complaints.system.BusinessTime;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;

/**
 * The customer's status query. It answers only when the reference and the last four digits of the
 * phone number on file both match, and says nothing about which of the two was wrong. The answer names
 * the stage and the promises in the customer's language (status.* in messages*.properties), with times on
 * the bank's clock ({@link BusinessTime}).
 */
@Service
public class StatusService {

    static final String CLOSED = "CLOSED";
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String TIME = "yyyy-MM-dd HH:mm";

    private final ComplaintRepository complaints;
    private final SlaClocks clocks;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final MessageSource messages;
    private final DateTimeFormatter times;
    private final BusinessTime time;

    StatusService(ComplaintRepository complaints, SlaClocks clocks, RuntimeService runtimeService,
            HistoryService historyService, MessageSource messages, BusinessTime time) {
        this.complaints = complaints;
        this.clocks = clocks;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.messages = messages;
        this.time = time;
        this.times = DateTimeFormatter.ofPattern(TIME, Locale.ROOT).withZone(time.zone());
    }

    /** The status in the complaint's language. */
    public Optional<ComplaintStatus> status(String reference, String phoneLast4) {
        return status(reference, phoneLast4, Optional.empty());
    }

    /** The status in the language asked for (en or zh), else in the complaint's. */
    public Optional<ComplaintStatus> status(String reference, String phoneLast4, Optional<Locale> asked) {
        return complaints.find(reference)
                .filter(complaint -> phoneEndsWith(complaint, phoneLast4))
                .flatMap(complaint -> status(complaint, asked.orElseGet(() -> language(complaint))));
    }

    private Optional<ComplaintStatus> status(Complaint complaint, Locale language) {
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
        MessageSourceAccessor words = new MessageSourceAccessor(messages, language);
        if (process.getEndTime() != null) {
            return Optional.of(answer(complaint, CLOSED, "Closed", List.of(), lastUpdate, language, words));
        }
        ActivityInstance stage = Stages.current(runtimeService.getActivityInstance(process.getId())).orElse(null);
        List<ComplaintStatus.OpenDeadline> open = clocks.clocks(complaint.reference()).stream()
                .filter(clock -> clock.running() && SlaClock.TOLD_AT_RECEIPT.contains(clock.clock()))
                .sorted(Comparator.comparing(ClockRecord::dueAt))
                .map(clock -> new ComplaintStatus.OpenDeadline(clock.clock().name(), clock.dueAt(),
                        words.getMessage("status.clock." + clock.clock().name(), clock.clock().name()),
                        times.format(clock.dueAt())))
                .toList();
        return Optional.of(answer(complaint, stageCode(stage), stage == null ? null : stage.getActivityName(), open,
                lastUpdate, language, words));
    }

    private ComplaintStatus answer(Complaint complaint, String stage, String stageName,
            List<ComplaintStatus.OpenDeadline> open, Instant lastUpdate, Locale language, MessageSourceAccessor words) {
        String zone = time.zone().getId();
        return new ComplaintStatus(complaint.reference(), stage, stageName, open, lastUpdate, language.getLanguage(),
                words.getMessage("status.stage." + stage, stageName == null ? stage : stageName), times.format(lastUpdate),
                zone, words.getMessage("status.zone", new Object[] {zone}));
    }

    /** The language the customer's mails are in. */
    private static Locale language(Complaint complaint) {
        return "zh".equals(complaint.details().language().locale().getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
    }

    private static String stageCode(ActivityInstance stage) {
        if (stage == null) {
            return IN_PROGRESS;
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
