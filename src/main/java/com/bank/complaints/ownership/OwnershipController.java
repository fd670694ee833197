package com.bank.complaints.ownership;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.bank.complaints.intake.Complaint;
import com.bank.complaints.intake.ComplaintRepository;
import com.bank.complaints.lifecycle.CaseAccess;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Groups;
import com.bank.complaints.system.FieldError;
import com.bank.complaints.system.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-INTAKE-5: who owns a complaint, and its hand-over.
 * GET /api/complaints/{reference}/ownership: the first contact, the owner now and every hand-over, for the owner and
 * the staff who may read the case (others get the same 404 as for an unknown reference).
 * POST /api/complaints/{reference}/ownership/handover {"to": user, "note": why}: by the owner or a supervisor, to a
 * member of the case's handling group or a supervisor; anyone else gets 403 and nothing changes.
 */
@RestController
class OwnershipController {

    static final int MAX_NOTE = 1000;

    private final CaseOwnership ownership;
    private final ComplaintRepository complaints;
    private final CaseAccess access;
    private final IdentityService identityService;
    private final OwnerNotices notices;

    OwnershipController(CaseOwnership ownership, ComplaintRepository complaints, CaseAccess access,
            IdentityService identityService, OwnerNotices notices) {
        this.ownership = ownership;
        this.complaints = complaints;
        this.access = access;
        this.identityService = identityService;
        this.notices = notices;
    }

    record HandoverRequest(String to, String note) {
    }

    @GetMapping("/api/complaints/{reference}/ownership")
    ResponseEntity<?> ownership(@PathVariable String reference, Authentication staff) {
        return ownership.of(reference)
                .filter(owned -> staff.getName().equals(owned.owner()) || access.mayRead(staff, reference))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> notFound(reference));
    }

    @PostMapping("/api/complaints/{reference}/ownership/handover")
    ResponseEntity<?> handOver(@PathVariable String reference, @RequestBody HandoverRequest request, Authentication staff) {
        Complaint complaint = complaints.find(reference).orElse(null);
        if (complaint == null) {
            return notFound(reference);
        }
        String owner = ownership.owner(reference).orElseThrow();
        if (!staff.getName().equals(owner) && !groups(staff).contains(Groups.SUPERVISORS)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Only the owner of " + reference + " or a supervisor may hand it over"));
        }
        String to = request.to() == null ? "" : request.to().strip();
        String note = request.note() == null ? "" : request.note().strip();
        check(reference, owner, to, note);
        CaseOwnership.Handover handover = ownership.handOver(complaint, owner, to, note, staff.getName());
        notices.newOwner(reference, handover);
        return ResponseEntity.ok(ownership.of(reference).orElseThrow());
    }

    /** The new owner must be staff who works the case: a member of its handling group, or a supervisor. */
    private void check(String reference, String owner, String to, String note) {
        List<FieldError> errors = new ArrayList<>();
        String handlingGroup = access.handlingGroup(reference);
        Set<String> workers = handlingGroup == null ? Set.of(Groups.COMPLAINT_HANDLERS, Groups.SUPERVISORS)
                : Set.of(handlingGroup, Groups.SUPERVISORS);
        if (to.isEmpty() || to.equals(owner)) {
            errors.add(new FieldError("to", "is required: the user who takes the case over, not its owner now"));
        } else if (identityService.createGroupQuery().groupMember(to).list().stream().map(Group::getId)
                .noneMatch(workers::contains)) {
            errors.add(new FieldError("to", "must be a user of the case's handling group or a supervisor"));
        }
        if (note.isEmpty() || note.length() > MAX_NOTE) {
            errors.add(new FieldError("note", "is required: what the new owner needs to know, at most " + MAX_NOTE
                    + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Set<String> groups(Authentication staff) {
        return staff.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }

    private static ResponseEntity<?> notFound(String reference) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No complaint " + reference + " whose ownership you may read"));
    }
}
