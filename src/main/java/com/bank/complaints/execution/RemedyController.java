package com.bank.complaints.execution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.bank.complaints.lifecycle.CaseAccess;
import com.bank.complaints.resolution.RemedyDecisions;
import com.bank.complaints.resolution.RemedyDecisions.RemedyDecision;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/complaints/{reference}/remedy: the approved remedy as the record holds it, every step
 * that decided it, and beside them what the bank confirmed: postings (with the bank's posting ids),
 * plan changes (its confirmation numbers) and card measures (its measure ids), for the staff who may
 * read the case. Others get the same 404 as for an unknown reference.
 */
@RestController
class RemedyController {

    private final RemedyDecisions decisions;
    private final CaseAccess access;
    private final BankInstructions instructions;

    RemedyController(RemedyDecisions decisions, CaseAccess access, BankInstructions instructions) {
        this.decisions = decisions;
        this.access = access;
        this.instructions = instructions;
    }

    @GetMapping("/api/complaints/{reference}/remedy")
    ResponseEntity<?> remedy(@PathVariable String reference, Authentication staff) {
        List<RemedyDecision> history = decisions.history(reference);
        if (history.isEmpty() || !access.mayRead(staff, reference)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "No remedy of a complaint " + reference + " that you may read"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", reference);
        body.put("approved", decisions.approved(reference).orElse(null));
        body.put("decisions", history);
        List<BankInstructions.Instruction> confirmed = instructions.of(reference);
        body.put("postings", shown(confirmed, BankInstructions.Instruction::isPosting, "POSTED"));
        body.put("planChanges", shown(confirmed, i -> i.operation().startsWith("PLAN_"), "CONFIRMED"));
        body.put("cardMeasures", shown(confirmed, i -> i.operation().startsWith("CARD_"), "IN_FORCE"));
        return ResponseEntity.ok(body);
    }

    private static List<Map<String, Object>> shown(List<BankInstructions.Instruction> confirmed,
            Predicate<BankInstructions.Instruction> kind, String status) {
        return confirmed.stream().filter(kind).map(instruction -> {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("idempotencyKey", instruction.idempotencyKey());
            shown.put("type", instruction.operation());
            shown.put("amount", instruction.amount());
            shown.put("currency", instruction.currency());
            shown.put("bankId", instruction.bankId());
            shown.put("detail", instruction.detail());
            shown.put("confirmedAt", instruction.confirmedAt());
            shown.put("status", status);
            return shown;
        }).toList();
    }
}
