package com.bank.complaints.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.bank.complaints.lifecycle.ComplaintLifecycle;
import com.bank.complaints.sla.SlaClocks;
import com.bank.complaints.system.BusinessTime;
import com.bank.complaints.system.FieldError;
import com.bank.complaints.system.InvalidInputException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Accepts complaints from every channel (R-INTAKE-1..3) and starts their lifecycle. */
@Service
public class IntakeService {

    private final ComplaintValidator validator;
    private final ComplaintRepository complaints;
    private final ReferenceNumbers references;
    private final SlaClocks clocks;
    private final BusinessTime time;
    private final RuntimeService runtimeService;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Duration historyWindow;

    IntakeService(ComplaintValidator validator, ComplaintRepository complaints, ReferenceNumbers references,
            SlaClocks clocks, BusinessTime time, RuntimeService runtimeService,
            PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
            @Value("${complaints.triage.history-window:P90D}") Duration historyWindow) {
        this.events = events;
        this.historyWindow = historyWindow;
        this.validator = validator;
        this.complaints = complaints;
        this.references = references;
        this.clocks = clocks;
        this.time = time;
        this.runtimeService = runtimeService;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Registers a channel's complaint and starts its process in one transaction: either both exist or
     * neither. The same channel message id twice answers with the first reference.
     */
    public IntakeResult submit(ComplaintSubmission submission, String receivedBy) {
        NewComplaint complaint = validator.validate(submission);
        if (complaint.channelMessageId() != null) {
            var known = complaints.findReferenceByChannelMessage(complaint.channel(), complaint.channelMessageId());
            if (known.isPresent()) {
                return new IntakeResult(known.get(), false);
            }
        }
        // numbered before the transaction opens: the counter's own transaction needs a second pooled
        // connection, and taken inside, every intake would hold one connection while waiting for another,
        // so as many concurrent intakes as the pool has connections would starve each other (30 s, then 500)
        String number = references.next(time.today());
        try {
            return transaction.execute(status -> {
                Registration registration = register(complaint, receivedBy, number);
                runtimeService.startProcessInstanceByKey(ComplaintLifecycle.PROCESS_KEY,
                        registration.complaint().reference(), registration.processVariables());
                return new IntakeResult(registration.complaint().reference(), true);
            });
        } catch (DuplicateKeyException sameMessageAtTheSameTime) {
            if (complaint.channelMessageId() == null) {
                throw sameMessageAtTheSameTime;
            }
            return complaints.findReferenceByChannelMessage(complaint.channel(), complaint.channelMessageId())
                    .map(reference -> new IntakeResult(reference, false))
                    .orElseThrow(() -> sameMessageAtTheSameTime);
        }
    }

    /**
     * Registers a complaint whose process an agent started from the Tasklist start form; runs inside
     * that start, so record and process share its transaction.
     */
    public Registration registerStartedProcess(ComplaintSubmission submission, String agent) {
        NewComplaint complaint = validator.validate(submission);
        if (complaint.channelMessageId() != null) {
            complaints.findReferenceByChannelMessage(complaint.channel(), complaint.channelMessageId())
                    .ifPresent(reference -> {
                        throw new InvalidInputException(List.of(new FieldError("channelMessageId",
                                "this channel message is already registered as " + reference)));
                    });
        }
        return register(complaint, agent, references.next(time.today()));
    }

    private Registration register(NewComplaint complaint, String receivedBy, String reference) {
        Instant receivedAt = time.now();
        long prior = complaints.countByCustomerSince(complaint.customerId(), receivedAt.minus(historyWindow), receivedAt);
        Complaint registered = new Complaint(reference, complaint, receivedAt, receivedBy,
                clocks.startReceiptClocks(reference, receivedAt));
        complaints.insert(registered);
        events.publishEvent(new ComplaintRegistered(reference, receivedAt));
        return new Registration(registered, prior);
    }

    /** A registered complaint and what intake learnt about the customer's history. */
    public record Registration(Complaint complaint, long priorComplaints) {

        public Map<String, Object> processVariables() {
            Map<String, Object> variables = complaint.processVariables();
            variables.put(ComplaintLifecycle.Variables.PRIOR_COMPLAINTS, priorComplaints);
            // counted from the start, so a customer's answer can be matched to the offer it answers
            variables.put(ComplaintLifecycle.Variables.CUSTOMER_REJECTIONS, 0L);
            return variables;
        }
    }
}
