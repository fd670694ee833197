package com.bank.complaints.vigilance;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.bank.complaints.system.FieldError;
import com.bank.complaints.system.InvalidInputException;
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
        String wanted = status == null || status.isBlank() ? null : status.trim().toUpperCase(Locale.ROOT);
        if (wanted != null && !wanted.equals(PatternFlag.OPEN) && !wanted.equals(PatternFlag.REVIEWED)) {
            throw new InvalidInputException(List.of(new FieldError("status", "must be OPEN or REVIEWED")));
        }
        return flags.list(wanted, LIMIT);
    }

    @PostMapping("/{id}/review")
    ResponseEntity<?> review(@PathVariable String id, @RequestBody ReviewRequest review, Principal supervisor) {
        List<FieldError> errors = new ArrayList<>();
        Verdict verdict = verdict(review.verdict(), errors);
        if (review.note() == null || review.note().isBlank()) {
            errors.add(new FieldError("note", "must say why"));
        } else if (review.note().length() > NOTE_LENGTH) {
            errors.add(new FieldError("note", "must be at most " + NOTE_LENGTH + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long flagId;
        try {
            flagId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return problem(HttpStatus.NOT_FOUND, "No pattern flag has this id.");
        }
        if (flags.review(flagId, verdict, review.note().trim(), supervisor.getName())) {
            return ResponseEntity.ok(flags.find(flagId).orElseThrow());
        }
        return flags.find(flagId).<ResponseEntity<?>>map(flag -> problem(HttpStatus.CONFLICT,
                        "This flag was already reviewed by " + flag.reviewedBy() + " (" + flag.verdict() + ")."))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No pattern flag has this id."));
    }

    private static Verdict verdict(String value, List<FieldError> errors) {
        try {
            return Verdict.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            errors.add(new FieldError("verdict", "must be one of " + Arrays.stream(Verdict.values()).map(Enum::name)
                    .collect(Collectors.joining(", "))));
            return null;
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
