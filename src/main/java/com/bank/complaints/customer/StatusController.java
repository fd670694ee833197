package com.bank.complaints.customer;

import java.time.Duration;
import java.util.Optional;

import com.bank.complaints.system.ClientAddress;
import com.bank.complaints.system.Parameters;
import com.bank.complaints.system.WebLanguage;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/complaints/{reference}/status?phoneLast4=NNNN[&lang=en|zh]: the customer's progress check, no login;
 * in words in the complaint's language unless lang asks for the other.
 */
@RestController
class StatusController {

    private final StatusService statusService;
    private final LookupThrottle throttle;

    StatusController(StatusService statusService, LookupThrottle throttle) {
        this.statusService = statusService;
        this.throttle = throttle;
    }

    @GetMapping("/api/complaints/{reference}/status")
    ResponseEntity<?> status(@PathVariable String reference, @RequestParam(required = false) String phoneLast4,
            HttpServletRequest request) {
        Parameters read = new Parameters();
        read.reference("reference", reference);
        read.validate();
        String source = ClientAddress.of(request);
        Optional<Duration> refusal = throttle.refusal(source, reference);
        if (refusal.isPresent()) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.get().toSeconds()))
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                            "Too many attempts for this reference; please try again later or call the hotline."));
        }
        Optional<ComplaintStatus> status = statusService.status(reference, phoneLast4, WebLanguage.asked(request));
        if (status.isEmpty()) {
            throttle.recordFailure(source, reference);
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(
                    HttpStatus.NOT_FOUND, "No complaint matches this reference and phone number."));
        }
        return ResponseEntity.ok(status.get());
    }
}
