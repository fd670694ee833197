package com.bank.complaints.archive;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.bank.complaints.lifecycle.CaseData;
import com.bank.complaints.system.BusinessTime;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * R-REC-1: closes the record with its registration, plan, feedback, root cause (R-AN-1) and full history, in our own
 * table, so it outlives the engine's history clean-up. Archiving twice keeps the first archive.
 * R-AN-3: a case closed without the expert panel's final solution and without a rejected offer was
 * resolved at first contact.
 */
@Service
public class ArchiveService {

    private final JdbcTemplate jdbc;
    private final HistoryService historyService;
    private final ObjectMapper json;
    private final BusinessTime time;

    ArchiveService(JdbcTemplate jdbc, HistoryService historyService, ObjectMapper json, BusinessTime time) {
        this.jdbc = jdbc;
        this.historyService = historyService;
        this.json = json;
        this.time = time;
    }

    public void archive(String processInstanceId, CaseData v) {
        String reference = v.reference();
        if (jdbc.queryForObject("SELECT COUNT(*) FROM complaint_archive WHERE reference = ?", Long.class, reference) > 0) {
            return;
        }
        boolean escalated = v.finalSolution() != null;
        jdbc.update("INSERT INTO complaint_archive (reference, archived_at, severity, category, special_kind, complexity, "
                        + "finding, remedy_type, remedy_amount, satisfaction_score, escalated, first_contact_resolved, "
                        + "cause_summary, history) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                reference, time.now().atOffset(ZoneOffset.UTC), v.severity(), v.category(), v.specialKind(),
                v.complexity(), v.finding(), v.remedyType(), v.remedyAmount(), v.satisfactionScore(),
                // R-AN-3: resolved at first contact when no offer was ever turned down and no panel was needed
                escalated, !escalated && v.customerRejections() == 0, v.causeSummary(), history(processInstanceId));
    }

    private String history(String processInstanceId) {
        List<Map<String, Object>> steps = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc()
                .list().stream()
                .filter(step -> step.getActivityName() != null)
                .map(ArchiveService::step)
                .toList();
        Map<String, Object> variables = new TreeMap<>();
        for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).disableBinaryFetching().list()) {
            variables.put(variable.getName(), variable.getValue());
        }
        Map<String, Object> history = new LinkedHashMap<>();
        history.put("steps", steps);
        history.put("variables", variables);
        try {
            return json.writeValueAsString(history);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the history of " + processInstanceId, e);
        }
    }

    private static Map<String, Object> step(HistoricActivityInstance step) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("activity", step.getActivityId());
        entry.put("name", step.getActivityName());
        entry.put("assignee", step.getAssignee());
        entry.put("start", step.getStartTime());
        entry.put("end", step.getEndTime());
        return entry;
    }
}
