package com.bank.complaints.rootcause;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.bank.complaints.notification.StaffNotices;
import com.bank.complaints.system.BusinessTime;
import com.bank.complaints.system.Parameters;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.server.ResponseStatusException;

/**
 * R-AN-1: improvement actions opened against a root cause. The owner must be a staff user and is
 * told by e-mail (once, through the outbox); the owner (or a manager) closes the action with its
 * outcome, once.
 */
@Service
public class ImprovementActions {

    private static final Logger LOG = LoggerFactory.getLogger(ImprovementActions.class);
    static final int MAX_TITLE = 200;
    static final int MAX_OUTCOME = 1000;

    private final JdbcTemplate jdbc;
    private final BusinessTime time;
    private final IdentityService identityService;
    private final StaffNotices notices;

    ImprovementActions(JdbcTemplate jdbc, BusinessTime time, IdentityService identityService, StaffNotices notices) {
        this.jdbc = jdbc;
        this.time = time;
        this.identityService = identityService;
        this.notices = notices;
    }

    /** What a manager sends to open an action; fields as text so that every bad one can be named. */
    public record Opening(String axis, String cause, String title, String owner, String dueOn) {
    }

    @Transactional
    public ImprovementAction open(Opening request, String openedBy) {
        Parameters read = new Parameters();
        Axis axis = read.requiredChoice("axis", request.axis(), Axis.class);
        String cause = read.requiredText("cause", request.cause(), 40);
        if (cause != null && !RootCauses.isCauseCode(cause)) {
            read.reject("cause", "must be a cause code such as FEE_RULES_UNCLEAR (capital letters, digits, '_')");
        }
        String title = read.requiredText("title", request.title(), MAX_TITLE);
        String owner = read.requiredText("owner", request.owner(), 64);
        if (owner != null && identityService.createUserQuery().userId(owner).count() == 0) {
            read.reject("owner", "must be the user id of a staff member");
        }
        LocalDate dueOn = read.date("dueOn", request.dueOn());
        if (dueOn != null && dueOn.isBefore(time.today())) {
            read.reject("dueOn", "must not be in the past");
        }
        read.validate();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO improvement_action (axis, cause, title, owner, due_on, "
                    + "opened_by, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, axis.name());
            statement.setString(2, cause);
            statement.setString(3, title);
            statement.setString(4, owner);
            statement.setDate(5, dueOn == null ? null : Date.valueOf(dueOn));
            statement.setString(6, openedBy);
            statement.setObject(7, time.now().atOffset(ZoneOffset.UTC));
            return statement;
        }, key);
        ImprovementAction action = find(key.getKey().longValue()).orElseThrow();
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Action", action.title());
        lines.put("Root cause", action.axis() + " / " + action.cause());
        lines.put("Opened by", openedBy);
        lines.put("Due", dueOn == null ? "not set" : dueOn.toString());
        // the action stands even when the mail server is down: the owner is told after the commit, and a
        // failed mail stays in the outbox as FAILED for operations to see
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    notices.send(reference(action), "IMPROVEMENT_ACTION_OPENED", List.of(owner), List.of(),
                            "Improvement action for you: " + action.title(), lines);
                } catch (RuntimeException e) {
                    LOG.warn("Could not tell {} about improvement action {}: {}", owner, action.id(), e.getMessage());
                }
            }
        });
        return action;
    }

    /** The owner, or a manager, records the outcome; an action is completed once. */
    @Transactional
    public ImprovementAction complete(long id, String outcome, String user, boolean manager) {
        ImprovementAction action = find(id).orElseThrow(() -> notFound(id));
        if (!manager && !action.owner().equals(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Only the owner (" + action.owner() + ") or a manager may complete this action.");
        }
        Parameters read = new Parameters();
        String text = read.requiredText("outcome", outcome, MAX_OUTCOME);
        read.validate();
        int updated = jdbc.update("UPDATE improvement_action SET completed_at = ?, completed_by = ?, outcome = ? "
                + "WHERE id = ? AND completed_at IS NULL", time.now().atOffset(ZoneOffset.UTC), user, text, id);
        if (updated == 0) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Improvement action " + id + " was already completed.");
        }
        return find(id).orElseThrow();
    }

    public Optional<ImprovementAction> find(long id) {
        return jdbc.query("SELECT * FROM improvement_action WHERE id = ?", ImprovementActions::map, id).stream().findFirst();
    }

    public ImprovementAction require(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    /** Open actions first (by due date), then completed ones, newest first. */
    public List<ImprovementAction> list(Boolean completed) {
        String where = completed == null ? "" : completed ? " WHERE completed_at IS NOT NULL" : " WHERE completed_at IS NULL";
        return jdbc.query("SELECT * FROM improvement_action" + where
                + " ORDER BY CASE WHEN completed_at IS NULL THEN 0 ELSE 1 END, opened_at DESC, id DESC", ImprovementActions::map);
    }

    private static String reference(ImprovementAction action) {
        return "ACTION-" + action.id();
    }

    private static ResponseStatusException notFound(long id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No improvement action " + id + ".");
    }

    private static ImprovementAction map(ResultSet rs, int row) throws SQLException {
        Date due = rs.getDate("due_on");
        OffsetDateTime completed = rs.getObject("completed_at", OffsetDateTime.class);
        return new ImprovementAction(rs.getLong("id"), rs.getString("axis"), rs.getString("cause"), rs.getString("title"),
                rs.getString("owner"), due == null ? null : due.toLocalDate(), rs.getString("opened_by"),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                completed == null ? null : completed.toInstant(), rs.getString("completed_by"), rs.getString("outcome"));
    }

}
