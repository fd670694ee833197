package com.bank.complaints.execution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.bank.complaints.ledger.CardAccountLedger;
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
 * that decided it, and every posting made for it, for the staff who may read the case. Others get
 * the same 404 as for an unknown reference.
 */
@RestController
class RemedyController {

    private final RemedyDecisions decisions;
    private final CaseAccess access;
    private final CardAccountLedger ledger;

    RemedyController(RemedyDecisions decisions, CaseAccess access, CardAccountLedger ledger) {
        this.decisions = decisions;
        this.access = access;
        this.ledger = ledger;
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
        body.put("postings", ledger.postings(reference));
        return ResponseEntity.ok(body);
    }
}
