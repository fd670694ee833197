package com.bank.complaints.customer;

import com.bank.complaints.system.Parameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/complaints/{reference}/evidence: a channel forwards the evidence a customer sent (R-INV-3). */
@RestController
class EvidenceController {

    static final int MAX_SUMMARY = 2000;

    private final CustomerResponses responses;

    EvidenceController(CustomerResponses responses) {
        this.responses = responses;
    }

    @PostMapping("/api/complaints/{reference}/evidence")
    ResponseEntity<?> evidence(@PathVariable String reference, @RequestBody Evidence body) {
        Parameters read = new Parameters();
        read.reference("reference", reference);
        String summary = read.requiredText("summary", body.summary(), MAX_SUMMARY);
        read.validate();
        if (!responses.provideEvidence(reference, summary)) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "Complaint " + reference + " is not waiting for evidence."));
        }
        return ResponseEntity.accepted().build();
    }

    /** What the customer sent, in words (at most {@value #MAX_SUMMARY} characters); any other field is refused. */
    record Evidence(String summary) {
    }
}
