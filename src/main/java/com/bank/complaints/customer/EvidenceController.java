package com.bank.complaints.customer;

import java.util.List;
import java.util.Map;

import com.bank.complaints.system.FieldError;
import com.bank.complaints.system.InvalidInputException;
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
    ResponseEntity<?> evidence(@PathVariable String reference, @RequestBody Map<String, String> body) {
        String summary = body.get("summary");
        if (summary == null || summary.isBlank() || summary.length() > MAX_SUMMARY) {
            throw new InvalidInputException(List.of(new FieldError("summary",
                    "is required: what the customer sent, at most " + MAX_SUMMARY + " characters")));
        }
        if (!responses.provideEvidence(reference, summary.strip())) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "Complaint " + reference + " is not waiting for evidence."));
        }
        return ResponseEntity.accepted().build();
    }
}
