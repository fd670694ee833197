package com.bank.complaints.sla;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.bank.complaints.lifecycle.CaseAccess;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Messages;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.system.Parameters;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For staff who may read the case: why each deadline of a complaint is what it is (GET .../deadlines);
 * for the handlers of its group: the request for the one extension of the regulatory deadline that a
 * senior manager may approve (POST .../extension); for supervisors: resolving an SLA breach's
 * incident (POST .../breaches/{clock}/resolution).
 */
@RestController
class DeadlinesController {

    static final int MAX_REASON = 2000;

    private final SlaClocks clocks;
    private final ClockRepository repository;
    private final RuntimeService runtimeService;
    private final CaseAccess access;
    private final WorkingCalendar calendar;
    private final SlaEvents events;

    DeadlinesController(SlaClocks clocks, ClockRepository repository, RuntimeService runtimeService, CaseAccess access,
            WorkingCalendar calendar, SlaEvents events) {
        this.events = events;
        this.access = access;
        this.calendar = calendar;
        this.clocks = clocks;
        this.repository = repository;
        this.runtimeService = runtimeService;
    }

    @GetMapping("/api/complaints/{reference}/deadlines")
    ResponseEntity<?> deadlines(@PathVariable String reference, Authentication staff) {
        if (repository.all(reference).isEmpty() || !access.mayRead(staff, reference)) {
            return notFound(reference);
        }
        List<Map<String, Object>> pauses = repository.pauses(reference);
        List<Map<String, Object>> changes = repository.dueChanges(reference);
        List<Map<String, Object>> clockViews = clocks.clocks(reference).stream().map(clock -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("clock", clock.clock());
            view.put("startedAt", clock.startedAt());
            view.put("dueAt", clock.dueAt());
            view.put("warningAt", clock.warningAt());
            view.put("stoppedAt", clock.stoppedAt());
            view.put("policyRow", clock.policyRow());
            view.put("calendar", clock.calendar());
            // a deadline counted in a year without its holiday file may move once the file arrives
            view.put("provisional", clock.dueAt() != null
                    && !calendar.hasHolidayFile(clock.dueAt().atZone(calendar.zone()).getYear()));
            view.put("pauses", pauses.stream().filter(p -> clock.clock().name().equals(p.get("CLOCK")))
                    .map(DeadlinesController::lowerKeys).toList());
            view.put("changes", changes.stream().filter(c -> clock.clock().name().equals(c.get("CLOCK")))
                    .map(DeadlinesController::lowerKeys).toList());
            return view;
        }).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", reference);
        body.put("clocks", clockViews);
        body.put("breaches", repository.breaches(reference).stream().map(DeadlinesController::lowerKeys).toList());
        return ResponseEntity.ok(body);
    }

    @PostMapping("/api/complaints/{reference}/extension")
    ResponseEntity<?> requestExtension(@PathVariable String reference, @RequestBody ExtensionRequest body,
            Authentication staff) {
        Parameters read = new Parameters();
        read.reference("reference", reference);
        String reason = read.requiredText("reason", body.reason(), MAX_REASON);
        read.validate();
        if (repository.all(reference).isEmpty()) {
            return notFound(reference);
        }
        if (!access.handles(staff, reference)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Only a handler of the group that handles " + reference + " may ask for an extension"));
        }
        if (!clocks.extensionPossible(reference) || askedBefore(reference)) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "The regulatory deadline of " + reference
                            + " cannot be extended: it was extended or asked for before, has passed, or the case is closed."));
        }
        runtimeService.createMessageCorrelation(Messages.EXTENSION_REQUESTED)
                .processInstanceBusinessKey(reference)
                .setVariable(Variables.EXTENSION_REASON, reason)
                .setVariable(Variables.EXTENSION_REQUESTED_BY, staff.getName())
                .correlate();
        return ResponseEntity.accepted().build();
    }

    /**
     * A supervisor has dealt with an SLA breach: its slaBreach incident leaves Cockpit, with the
     * supervisor's name and note kept on it; the breach record itself stays.
     */
    @PostMapping("/api/complaints/{reference}/breaches/{clock}/resolution")
    ResponseEntity<?> resolveBreach(@PathVariable String reference, @PathVariable String clock,
            @RequestBody BreachResolution body, Authentication staff) {
        Parameters read = new Parameters();
        read.reference("reference", reference);
        SlaClock breached = read.requiredChoice("clock", clock, SlaClock.class);
        String note = read.requiredText("note", body.note(), MAX_REASON);
        read.validate();
        if (repository.all(reference).isEmpty() || !access.mayRead(staff, reference)) {
            return notFound(reference);
        }
        if (!events.resolve(reference, breached, staff.getName(), note)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                    "No open " + breached + " breach of " + reference));
        }
        return ResponseEntity.noContent().build();
    }

    /** Why the case needs more time (at most {@value #MAX_REASON} characters); any other field is refused. */
    record ExtensionRequest(String reason) {
    }

    /** What was done about the breach (at most {@value #MAX_REASON} characters); any other field is refused. */
    record BreachResolution(String note) {
    }

    /** One request per complaint: once asked (approved or not), the regulatory deadline is settled. */
    private boolean askedBefore(String reference) {
        String[] processes = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list()
                .stream().map(ProcessInstance::getId).toArray(String[]::new);
        return processes.length > 0 && runtimeService.createVariableInstanceQuery().processInstanceIdIn(processes)
                .variableName(Variables.EXTENSION_REASON).count() > 0;
    }

    private static ResponseEntity<ProblemDetail> notFound(String reference) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No complaint " + reference));
    }

    private static Map<String, Object> lowerKeys(Map<String, Object> row) {
        Map<String, Object> view = new LinkedHashMap<>();
        row.forEach((key, value) -> view.put(camel(key), value));
        return view;
    }

    private static String camel(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toLowerCase().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
