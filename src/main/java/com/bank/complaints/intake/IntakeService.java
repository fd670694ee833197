package com.bank.complaints.intake;

import java.util.List;

import com.bank.complaints.lifecycle.ComplaintLifecycle;
import com.bank.complaints.sla.DeadlinePolicy;
import com.bank.complaints.system.BusinessTime;
import com.bank.complaints.system.FieldError;
import com.bank.complaints.system.InvalidInputException;
import org.camunda.bpm.engine.RuntimeService;
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
    private final DeadlinePolicy deadlines;
    private final BusinessTime time;
    private final RuntimeService runtimeService;
    private final TransactionTemplate transaction;

    IntakeService(ComplaintValidator validator, ComplaintRepository complaints, ReferenceNumbers references,
            DeadlinePolicy deadlines, BusinessTime time, RuntimeService runtimeService,
            PlatformTransactionManager transactionManager) {
        this.validator = validator;
        this.complaints = complaints;
        this.references = references;
        this.deadlines = deadlines;
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
        try {
            return transaction.execute(status -> {
                Complaint registered = register(complaint, receivedBy);
                runtimeService.startProcessInstanceByKey(ComplaintLifecycle.PROCESS_KEY, registered.reference(),
                        registered.processVariables());
                return new IntakeResult(registered.reference(), true);
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
    public Complaint registerStartedProcess(ComplaintSubmission submission, String agent) {
        NewComplaint complaint = validator.validate(submission);
        if (complaint.channelMessageId() != null) {
            complaints.findReferenceByChannelMessage(complaint.channel(), complaint.channelMessageId())
                    .ifPresent(reference -> {
                        throw new InvalidInputException(List.of(new FieldError("channelMessageId",
                                "this channel message is already registered as " + reference)));
                    });
        }
        return register(complaint, agent);
    }

    private Complaint register(NewComplaint complaint, String receivedBy) {
        var receivedAt = time.now();
        Complaint registered = new Complaint(references.next(time.today()), complaint, receivedAt, receivedBy,
                deadlines.atIntake(receivedAt));
        complaints.insert(registered);
        return registered;
    }
}
