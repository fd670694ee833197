package com.bank.complaints.lifecycle;

import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.ADMINISTRATORS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.COMPLIANCE_OFFICERS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.OPERATIONS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.SENIOR_MANAGERS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.SUPERVISORS;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on one complaint from our API: the handlers of its handling group work it;
 * supervisors, operations, compliance officers, senior managers and administrators oversee every case.
 */
@Component
public class CaseAccess {

    private static final Set<String> OVERSIGHT = Set.of(SUPERVISORS, OPERATIONS, COMPLIANCE_OFFICERS, SENIOR_MANAGERS,
            ADMINISTRATORS);

    private final HistoryService historyService;

    CaseAccess(HistoryService historyService) {
        this.historyService = historyService;
    }

    /** May read the case: its handling group or an overseeing group. */
    public boolean mayRead(Authentication staff, String reference) {
        Set<String> groups = groups(staff);
        return groups.stream().anyMatch(OVERSIGHT::contains) || handles(groups, reference);
    }

    /** Works the case: a member of its handling group (as triage or its review set it). */
    public boolean handles(Authentication staff, String reference) {
        return handles(groups(staff), reference);
    }

    private boolean handles(Set<String> groups, String reference) {
        String group = handlingGroup(reference);
        return group != null && groups.contains(group);
    }

    /** The group that handles the case (as triage or its review set it), or null before triage or for an unknown reference. */
    public String handlingGroup(String reference) {
        HistoricProcessInstance lifecycle = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).processDefinitionKey(ComplaintLifecycle.PROCESS_KEY).singleResult();
        if (lifecycle == null) {
            return null;
        }
        HistoricVariableInstance group = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(lifecycle.getId()).variableName(ComplaintLifecycle.Variables.HANDLING_GROUP).singleResult();
        return group == null || group.getValue() == null ? null : group.getValue().toString();
    }

    private static Set<String> groups(Authentication staff) {
        return staff == null ? Set.of()
                : staff.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
