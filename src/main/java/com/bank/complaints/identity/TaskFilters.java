package com.bank.complaints.identity;

import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.SUPERVISORS;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.bank.complaints.lifecycle.ComplaintLifecycle;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/** The Tasklist filters each role gets; expressions make one filter serve every user. */
final class TaskFilters {

    static final String MY_TASKS = "My tasks";
    static final String MY_GROUPS_TASKS = "My group's tasks";
    static final String OVERDUE = "Overdue";
    static final String TEAM_TASKS = "Team tasks";

    private TaskFilters() {
    }

    static List<Definition> definitions() {
        List<String> everyone = AccessRules.TASKLIST_USERS;
        return List.of(
                new Definition(MY_GROUPS_TASKS, "Unclaimed tasks of my groups, to claim", -20, everyone,
                        tasks -> tasks.taskCandidateGroupInExpression("${currentUserGroups()}").orderByTaskPriority().desc().orderByDueDate().asc()),
                new Definition(MY_TASKS, "Tasks I have claimed", -15, everyone,
                        tasks -> tasks.taskAssigneeExpression("${currentUser()}").orderByTaskPriority().desc().orderByDueDate().asc()),
                new Definition(OVERDUE, "My or my groups' tasks past their due date", -10, everyone,
                        tasks -> tasks.or()
                                .taskAssigneeExpression("${currentUser()}")
                                .taskCandidateGroupInExpression("${currentUserGroups()}")
                                .endOr()
                                .dueBeforeExpression("${now()}")
                                .orderByTaskPriority().desc().orderByDueDate().asc()),
                new Definition(TEAM_TASKS, "Every open complaint task, for supervisors", -5, List.of(SUPERVISORS),
                        tasks -> tasks.processDefinitionKeyIn(ComplaintLifecycle.PROCESS_KEY,
                                ComplaintLifecycle.ESCALATION_PROCESS_KEY).orderByTaskPriority().desc().orderByDueDate().asc()));
    }

    /**
     * What every task card shows besides the task's name, due and follow-up dates: the complaint's reference,
     * customer, severity and owner (R-INTAKE-5), labelled in English and Chinese as in the forms. Process variables: {@link CaseReaders}
     * lets the groups that work a complaint read them.
     */
    static Map<String, Object> properties(Definition d) {
        return Map.of(
                "description", d.description(),
                "priority", d.priority(),
                "refresh", true,
                "variables", List.of(
                        Map.of("name", Variables.REFERENCE, "label", "Reference / 投诉编号"),
                        Map.of("name", Variables.CUSTOMER_NAME, "label", "Customer / 客户"),
                        Map.of("name", Variables.SEVERITY, "label", "Severity / 严重程度"),
                        Map.of("name", Variables.CASE_OWNER, "label", "Owner / 负责人")));
    }

    static TaskQuery query(Definition d, TaskService taskService) {
        return d.query().apply(taskService.createTaskQuery());
    }

    record Definition(String name, String description, int priority, List<String> groups,
            Function<TaskQuery, TaskQuery> query) {
    }
}
