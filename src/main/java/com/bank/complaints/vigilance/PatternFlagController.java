package com.bank.complaints.vigilance;

import java.security.Principal;
import java.util.List;
import java.util.function.Function;

import com.bank.complaints.system.Parameters;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-AN-5 for supervisors: the suspicious patterns, newest first (at most {@value #LIMIT}), and their
 * review. Supervisors, compliance officers, senior managers and administrators list; supervisors
 * review (see SecurityConfiguration).
 */
@RestController
@RequestMapping("/api/pattern-flags")
class PatternFlagController {

    static final int LIMIT = 200;
    private static final int NOTE_LENGTH = 1000;

    private final PatternFlags flags;

    PatternFlagController(PatternFlags flags) {
        this.flags = flags;
    }

    @GetMapping
    List<PatternFlag> list(@RequestParam(required = false) String status) {
        Parameters read = new Parameters();
        String wanted = read.choice("status", status, List.of(PatternFlag.OPEN, PatternFlag.REVIEWED),
                Function.identity(), null);
        read.validate();
        return flags.list(wanted, LIMIT);
    }

    @PostMapping("/{id}/review")
    ResponseEntity<?> review(@PathVariable String id, @RequestBody ReviewRequest review, Principal supervisor) {
        Parameters read = new Parameters();
        Long flagId = read.id("id", id);
        Verdict verdict = read.requiredChoice("verdict", review.verdict(), Verdict.class);
        String note = read.requiredText("note", review.note(), NOTE_LENGTH);
        read.validate();
        if (flags.review(flagId, verdict, note, supervisor.getName())) {
            return ResponseEntity.ok(flags.find(flagId).orElseThrow());
        }
        return flags.find(flagId).<ResponseEntity<?>>map(flag -> problem(HttpStatus.CONFLICT,
                        "This flag was already reviewed by " + flag.reviewedBy() + " (" + flag.verdict() + ")."))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No pattern flag has this id."));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
