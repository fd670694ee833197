package com.bank.complaints.rootcause;

import java.net.URI;
import java.util.List;
import java.util.Set;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Groups;
import com.bank.complaints.system.Parameters;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * R-AN-1 improvement actions: managers open one against a root cause for an owner; the owner (or a
 * manager) completes it with its outcome; every staff member can read them. Their effect is in the
 * root-cause report (/api/reports/root-causes).
 */
@RestController
@RequestMapping("/api/improvement-actions")
class ImprovementActionController {

    /** Who may open actions and complete anyone's (SecurityConfiguration lets only them POST an opening). */
    static final Set<String> MANAGERS = Set.of(Groups.SUPERVISORS, Groups.SENIOR_MANAGERS, Groups.ADMINISTRATORS);

    private final ImprovementActions actions;

    ImprovementActionController(ImprovementActions actions) {
        this.actions = actions;
    }

    @PostMapping
    ResponseEntity<ImprovementAction> open(@RequestBody ImprovementActions.Opening request, Authentication user) {
        ImprovementAction action = actions.open(request, user.getName());
        return ResponseEntity.created(URI.create("/api/improvement-actions/" + action.id())).body(action);
    }

    @GetMapping
    List<ImprovementAction> list(@RequestParam(required = false) String status) {
        Parameters read = new Parameters();
        Status wanted = read.choice("status", status, Status.class, null);
        read.validate();
        return actions.list(wanted == null ? null : wanted == Status.COMPLETED);
    }

    @GetMapping("/{id}")
    ImprovementAction one(@PathVariable String id) {
        return actions.require(id(id));
    }

    @PostMapping("/{id}/complete")
    ImprovementAction complete(@PathVariable String id, @RequestBody Completion completion, Authentication user) {
        boolean manager = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(MANAGERS::contains);
        return actions.complete(id(id), completion.outcome(), user.getName(), manager);
    }

    /** The action's id as named in the path, or a 400 naming it. */
    private static long id(String sent) {
        Parameters read = new Parameters();
        Long id = read.id("id", sent);
        read.validate();
        return id;
    }

    record Completion(String outcome) {
    }

    /** The actions a list may be narrowed to. */
    enum Status {
        OPEN, COMPLETED
    }
}
