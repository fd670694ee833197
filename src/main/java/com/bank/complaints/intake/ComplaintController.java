package com.bank.complaints.intake;

import java.net.URI;
import java.security.Principal;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/complaints: the channels' way in (R-INTAKE-1). */
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

    private final IntakeService intake;

    ComplaintController(IntakeService intake) {
        this.intake = intake;
    }

    /** 201 with the new reference, or 200 with the known one when the channel repeats a message. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<IntakeResult> submit(@RequestBody ComplaintSubmission submission, Principal channelUser) {
        IntakeResult result = intake.submit(submission, channelUser.getName());
        if (!result.created()) {
            return ResponseEntity.ok(result);
        }
        return ResponseEntity.created(URI.create("/api/complaints/" + result.reference() + "/status")).body(result);
    }
}
