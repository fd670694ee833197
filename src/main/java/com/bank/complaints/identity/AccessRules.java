package com.bank.complaints.identity;

import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.ADMINISTRATORS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.COMPLAINT_HANDLERS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.COMPLIANCE_OFFICERS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.EXPERT_BUSINESS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.EXPERT_COMPLIANCE;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.EXPERT_LEGAL;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.INTAKE_AGENTS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.OPERATIONS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.OPERATIONS_TEAM;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.PRODUCT_TEAM;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.RISK_TEAM;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.SENIOR_MANAGERS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.SUPERVISORS;

import java.util.ArrayList;
import java.util.List;

import com.bank.complaints.lifecycle.ComplaintLifecycle;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;

/**
 * Who may do what, as one table. Tasks themselves are granted by the engine to their candidate
 * group (TASK_WORK: claim and complete, nothing more), so these rules cover the rest: which webapp
 * each role opens, which processes it starts or reads. Compliance officers read everything and
 * change nothing.
 */
final class AccessRules {

    /** Every staff group and its display name. */
    static final List<StaffGroup> GROUPS = List.of(
            new StaffGroup(INTAKE_AGENTS, "Intake agents"),
            new StaffGroup(COMPLAINT_HANDLERS, "Complaint handlers"),
            new StaffGroup(SUPERVISORS, "Supervisors"),
            new StaffGroup(OPERATIONS, "Operations"),
            new StaffGroup(RISK_TEAM, "Risk team: handles suspected organised or malicious complaints"),
            new StaffGroup(OPERATIONS_TEAM, "Operations team: handles transaction complaints"),
            new StaffGroup(PRODUCT_TEAM, "Product team: handles marketing and large fee complaints"),
            new StaffGroup(EXPERT_LEGAL, "Expert panel: legal"),
            new StaffGroup(EXPERT_COMPLIANCE, "Expert panel: compliance"),
            new StaffGroup(EXPERT_BUSINESS, "Expert panel: business"),
            new StaffGroup(COMPLIANCE_OFFICERS, "Compliance officers"),
            new StaffGroup(SENIOR_MANAGERS, "Senior managers"),
            new StaffGroup(ADMINISTRATORS, "Administrators"));

    /** The groups that work tasks in Tasklist. */
    static final List<String> TASKLIST_USERS = List.of(INTAKE_AGENTS, COMPLAINT_HANDLERS, RISK_TEAM, OPERATIONS_TEAM,
            PRODUCT_TEAM, SUPERVISORS, OPERATIONS, EXPERT_LEGAL, EXPERT_COMPLIANCE, EXPERT_BUSINESS, SENIOR_MANAGERS);

    private static final String ANY = "*";
    private static final List<String> PROCESSES = List.of(ComplaintLifecycle.PROCESS_KEY,
            ComplaintLifecycle.ESCALATION_PROCESS_KEY);

    private AccessRules() {
    }

    static List<Grant> grants() {
        List<Grant> grants = new ArrayList<>();
        for (String group : TASKLIST_USERS) {
            grants.add(new Grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
            for (String process : PROCESSES) {
                grants.add(new Grant(group, Resources.PROCESS_DEFINITION, process, ProcessDefinitionPermissions.READ));
            }
        }
        grants.add(new Grant(INTAKE_AGENTS, Resources.PROCESS_DEFINITION, ComplaintLifecycle.PROCESS_KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE));
        grants.add(new Grant(INTAKE_AGENTS, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE));

        grants.add(new Grant(SUPERVISORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
        for (String process : PROCESSES) {
            grants.add(new Grant(SUPERVISORS, Resources.PROCESS_DEFINITION, process,
                    ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_ASSIGN,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY));
        }

        grants.add(new Grant(COMPLIANCE_OFFICERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS));
        grants.add(new Grant(COMPLIANCE_OFFICERS, Resources.PROCESS_DEFINITION, ANY,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK));
        for (Resource readOnly : List.of(Resources.PROCESS_INSTANCE, Resources.TASK, Resources.DEPLOYMENT,
                Resources.DECISION_DEFINITION, Resources.DECISION_REQUIREMENTS_DEFINITION, Resources.BATCH)) {
            grants.add(new Grant(COMPLIANCE_OFFICERS, readOnly, ANY, Permissions.READ));
        }
        grants.add(new Grant(COMPLIANCE_OFFICERS, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ));
        grants.add(new Grant(COMPLIANCE_OFFICERS, Resources.HISTORIC_PROCESS_INSTANCE, ANY,
                HistoricProcessInstancePermissions.READ));
        grants.add(new Grant(COMPLIANCE_OFFICERS, Resources.OPERATION_LOG_CATEGORY, ANY,
                UserOperationLogCategoryPermissions.READ));
        grants.add(new Grant(COMPLIANCE_OFFICERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ_HISTORY));

        for (Resources resource : Resources.values()) {
            grants.add(new Grant(ADMINISTRATORS, resource, ANY, Permissions.ALL));
        }
        return grants;
    }

    record StaffGroup(String id, String name) {
    }

    record Grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    }
}
