package com.bank.complaints.customer;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/complaints/{reference}/status?phoneLast4=NNNN: the customer's progress check, no login. */
@RestController
class StatusController {

    private final StatusService statusService;

    StatusController(StatusService statusService) {
        this.statusService = statusService;
    }

    @GetMapping("/api/complaints/{reference}/status")
    ResponseEntity<?> status(@PathVariable String reference, @RequestParam(required = false) String phoneLast4) {
        return statusService.status(reference, phoneLast4)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND, "No complaint matches this reference and phone number.")));
    }
}
