package com.bank.complaints.caselibrary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.bank.complaints.system.PersonalDataMasking.Complainant;
import com.bank.complaints.system.PersonalDataMasking;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * R-AN-4: closed (archived) cases, searchable by business type (product), category, cause, remedy
 * and free text, for training and product design; personal data masked (R-REC-2). Plain SQL that
 * runs on H2 and PostgreSQL. Free text matches the grievance, the expected outcome and the cause
 * summary with the customer's own name taken out, so a search cannot find a case by whose it is.
 */
@Service
public class CaseLibrary {

    private static final String COLUMNS = "c.reference, a.archived_at, c.product, COALESCE(a.category, c.category) AS category, "
            + "COALESCE(a.special_kind, c.special_kind) AS special_kind, a.finding, a.remedy_type, a.remedy_amount, "
            + "a.satisfaction_score, a.cause_summary, c.grievance, c.expected_outcome, c.customer_id, c.customer_name, "
            + "c.customer_phone, c.customer_email, c.card_or_contract_number";
    private static final String FROM = " FROM complaint_archive a JOIN complaint c ON c.reference = a.reference";

    private final JdbcTemplate jdbc;
    private final PersonalDataMasking masking;
    private final ObjectMapper json;
    private final int countLimit;

    CaseLibrary(JdbcTemplate jdbc, PersonalDataMasking masking, ObjectMapper json,
            @Value("${complaints.case-library.count-limit}") int countLimit) {
        this.jdbc = jdbc;
        this.masking = masking;
        this.json = json;
        this.countLimit = countLimit;
    }

    public LibraryPage search(LibraryQuery query) {
        List<Object> arguments = new ArrayList<>();
        String where = where(query, arguments);
        long offset = (long) query.page() * query.size();
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(offset);
        paged.add(query.size());
        List<LibraryCase> cases = jdbc.query("SELECT " + COLUMNS + FROM + where
                        + " ORDER BY a.archived_at DESC, a.reference DESC OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                (rs, n) -> libraryCase(rs, List.of()), paged.toArray());
        // a page that is not full is the last: it tells the total, and a search for a rare word reads the cases once
        long counted = cases.size() < query.size() && (!cases.isEmpty() || offset == 0) ? offset + cases.size()
                : count(where, arguments);
        return new LibraryPage(query.page(), query.size(), Math.min(counted, countLimit), counted > countLimit,
                withCauses(cases));
    }

    /** The matches, counted up to one more than the limit: a search matching most of a million cases would otherwise read them all. */
    private long count(String where, List<Object> arguments) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 AS found" + FROM + where + " FETCH FIRST "
                + (countLimit + 1) + " ROWS ONLY) matches", Long.class, arguments.toArray());
    }

    public Optional<CaseStory> find(String reference) {
        return jdbc.query("SELECT " + COLUMNS + ", a.severity, a.complexity, a.escalated, a.history" + FROM
                        + " WHERE a.reference = ?",
                (rs, n) -> new CaseStory(libraryCase(rs, causes(List.of(reference)).getOrDefault(reference, List.of())),
                        rs.getString("severity"), rs.getString("complexity"), rs.getBoolean("escalated"),
                        steps(rs.getString("history"))), reference)
                .stream().findFirst();
    }

    private static String where(LibraryQuery q, List<Object> arguments) {
        List<String> conditions = new ArrayList<>();
        if (q.product() != null) {
            conditions.add("c.product = ?");
            arguments.add(q.product());
        }
        if (q.category() != null) {
            conditions.add("UPPER(COALESCE(a.category, c.category)) = ?");
            arguments.add(q.category());
        }
        if (q.remedy() != null) {
            conditions.add("a.remedy_type = ?");
            arguments.add(q.remedy());
        }
        if (q.cause() != null) {
            conditions.add("EXISTS (SELECT 1 FROM complaint_cause k WHERE k.reference = a.reference AND k.cause = ?"
                    + (q.causeAxis() == null ? ")" : " AND k.axis = ?)"));
            arguments.add(q.cause());
            if (q.causeAxis() != null) {
                arguments.add(q.causeAxis());
            }
        }
        if (q.text() != null) {
            String like = "%" + q.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            conditions.add("(" + withoutName("c.grievance") + " OR " + withoutName("c.expected_outcome") + " OR "
                    + withoutName("a.cause_summary") + ")");
            arguments.addAll(List.of(like, like, like));
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String withoutName(String column) {
        return "REPLACE(LOWER(" + column + "), LOWER(c.customer_name), '') LIKE ? ESCAPE '\\'";
    }

    private LibraryCase libraryCase(ResultSet rs, List<String> causes) throws SQLException {
        Complainant who = new Complainant(rs.getString("customer_id"), rs.getString("customer_name"),
                rs.getString("customer_phone"), rs.getString("customer_email"), rs.getString("card_or_contract_number"));
        return new LibraryCase(rs.getString("reference"), rs.getObject("archived_at", OffsetDateTime.class),
                rs.getString("product"), rs.getString("category"), rs.getString("special_kind"), rs.getString("finding"),
                rs.getString("remedy_type"), rs.getBigDecimal("remedy_amount"),
                (Integer) rs.getObject("satisfaction_score", Integer.class), causes,
                masking.mask(rs.getString("cause_summary"), who), masking.mask(rs.getString("grievance"), who),
                masking.mask(rs.getString("expected_outcome"), who));
    }

    private List<LibraryCase> withCauses(List<LibraryCase> cases) {
        Map<String, List<String>> causes = causes(cases.stream().map(LibraryCase::reference).toList());
        return cases.stream().map(c -> new LibraryCase(c.reference(), c.closedAt(), c.product(), c.category(),
                c.specialKind(), c.finding(), c.remedyType(), c.remedyAmount(), c.satisfactionScore(),
                causes.getOrDefault(c.reference(), List.of()), c.causeSummary(), c.grievance(), c.expectedOutcome()))
                .toList();
    }

    /** AXIS:CODE per reference, in axis order. */
    private Map<String, List<String>> causes(List<String> references) {
        if (references.isEmpty()) {
            return Map.of();
        }
        String marks = String.join(", ", Collections.nCopies(references.size(), "?"));
        return jdbc.queryForList("SELECT reference, axis, cause FROM complaint_cause WHERE reference IN (" + marks
                        + ") ORDER BY reference, axis", references.toArray()).stream()
                .collect(Collectors.groupingBy(row -> (String) row.get("reference"),
                        Collectors.mapping(row -> row.get("axis") + ":" + row.get("cause"), Collectors.toList())));
    }

    private List<CaseStory.Step> steps(String history) {
        try {
            JsonNode steps = json.readTree(history).path("steps");
            List<CaseStory.Step> out = new ArrayList<>();
            steps.forEach(step -> out.add(new CaseStory.Step(step.path("name").asText(null), step.get("start"),
                    step.get("end"))));
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The archived history is not JSON", e);
        }
    }
}
