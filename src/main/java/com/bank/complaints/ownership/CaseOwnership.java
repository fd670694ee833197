package com.bank.complaints.ownership;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.bank.complaints.intake.Complaint;
import com.bank.complaints.intake.ComplaintRepository;
import com.bank.complaints.lifecycle.AsSystem;
import com.bank.complaints.lifecycle.ComplaintLifecycle;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.system.BusinessTime;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who owns a complaint (R-INTAKE-5): the intake agent who registered it (complaint.received_by) until a hand-over,
 * then whom the newest hand-over names. Hand-overs are appended to case_handover, never changed, and the lifecycle's
 * caseOwner variable follows them, so Tasklist's cards and the engine's history show the owner too.
 */
@Service
class CaseOwnership {

    private final ComplaintRepository complaints;
    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final BusinessTime time;

    CaseOwnership(ComplaintRepository complaints, JdbcTemplate jdbc, RuntimeService runtimeService, BusinessTime time) {
        this.complaints = complaints;
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.time = time;
    }

    /** One hand-over as recorded. */
    record Handover(String from, String to, String note, String by, Instant at) {
    }

    /** The case's ownership: the first contact, the owner now and every hand-over, oldest first. */
    record Ownership(String reference, String firstContact, String owner, List<Handover> handovers) {
    }

    Optional<Ownership> of(String reference) {
        return complaints.find(reference).map(complaint -> {
            List<Handover> handovers = handovers(reference);
            String owner = handovers.isEmpty() ? complaint.receivedBy() : handovers.get(handovers.size() - 1).to();
            return new Ownership(reference, complaint.receivedBy(), owner, handovers);
        });
    }

    /** The owner now, or empty for an unknown reference. */
    Optional<String> owner(String reference) {
        return of(reference).map(Ownership::owner);
    }

    /** Records the hand-over from the owner now to {@code to}; the caller has checked who may do it. */
    @Transactional
    Handover handOver(Complaint complaint, String from, String to, String note, String by) {
        Handover handover = new Handover(from, to, note, by, time.now());
        jdbc.update("INSERT INTO case_handover (reference, from_owner, to_owner, note, handed_over_by, handed_over_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", complaint.reference(), from, to, note, by, handover.at().atOffset(ZoneOffset.UTC));
        lifecycle(complaint.reference()).ifPresent(process ->
                AsSystem.run(() -> runtimeService.setVariable(process.getId(), Variables.CASE_OWNER, to)));
        return handover;
    }

    private Optional<ProcessInstance> lifecycle(String reference) {
        return Optional.ofNullable(AsSystem.call(() -> runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(reference).processDefinitionKey(ComplaintLifecycle.PROCESS_KEY).singleResult()));
    }

    private List<Handover> handovers(String reference) {
        return jdbc.query("SELECT from_owner, to_owner, note, handed_over_by, handed_over_at FROM case_handover "
                        + "WHERE reference = ? ORDER BY id",
                (rs, row) -> new Handover(rs.getString("from_owner"), rs.getString("to_owner"), rs.getString("note"),
                        rs.getString("handed_over_by"), rs.getObject("handed_over_at", OffsetDateTime.class).toInstant()),
                reference);
    }
}
