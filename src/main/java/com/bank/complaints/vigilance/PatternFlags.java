package com.bank.complaints.vigilance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import com.bank.complaints.system.BusinessTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The pattern_flag table and its complaints: an episode is found, started, grown, listed and reviewed. */
@Repository
public class PatternFlags {

    private static final String COLUMNS = "id, kind, subject, sample, complaint_count, first_seen, last_seen, status, "
            + "verdict, review_note, reviewed_by, reviewed_at";

    private final JdbcTemplate jdbc;
    private final BusinessTime time;

    PatternFlags(JdbcTemplate jdbc, BusinessTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** The latest flag of this kind and subject whose last complaint came at or after {@code since}. */
    Optional<Long> episode(FlagKind kind, String subjectKey, Instant since) {
        return jdbc.queryForList("SELECT id FROM pattern_flag WHERE kind = ? AND subject_key = ? AND last_seen >= ? "
                        + "ORDER BY last_seen DESC FETCH FIRST 1 ROWS ONLY", Long.class, kind.name(), subjectKey, utc(since))
                .stream().findFirst();
    }

    /** The latest text flag holding one of these complaints whose last complaint came at or after {@code since}. */
    Optional<Long> textEpisodeOf(Collection<String> references, Instant since) {
        List<Object> arguments = new ArrayList<>(references);
        arguments.add(utc(since));
        return jdbc.queryForList("SELECT f.id FROM pattern_flag f JOIN pattern_flag_complaint m ON m.flag_id = f.id "
                        + "WHERE f.kind = 'TEXT' AND m.reference IN (" + marks(references.size()) + ") AND f.last_seen >= ? "
                        + "ORDER BY f.last_seen DESC FETCH FIRST 1 ROWS ONLY", Long.class, arguments.toArray())
                .stream().findFirst();
    }

    /**
     * A new flag for these complaints (oldest first). Its unique key (kind, subject, first complaint)
     * is the same on every node, so a second node's insert of the same episode fails instead of duplicating it.
     */
    long open(FlagKind kind, String subjectKey, String subject, String sample, List<String> references) {
        OffsetDateTime now = utc(time.now());
        jdbc.update("INSERT INTO pattern_flag (kind, subject_key, first_reference, subject, sample, complaint_count, "
                        + "first_seen, last_seen, status, created_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
                kind.name(), subjectKey, references.get(0), subject, sample, now, now, PatternFlag.OPEN, now);
        long id = jdbc.queryForObject("SELECT id FROM pattern_flag WHERE kind = ? AND subject_key = ? AND first_reference = ?",
                Long.class, kind.name(), subjectKey, references.get(0));
        grow(id, references);
        return id;
    }

    /** Adds the complaints not in the flag yet and recounts it; a reviewed flag keeps its verdict. */
    void grow(long id, Collection<String> references) {
        List<String> known = complaints(id);
        references.stream().filter(reference -> !known.contains(reference)).distinct().forEach(reference ->
                jdbc.update("INSERT INTO pattern_flag_complaint (flag_id, reference) VALUES (?, ?)", id, reference));
        String members = "FROM complaint_screening s JOIN pattern_flag_complaint m ON m.reference = s.reference "
                + "WHERE m.flag_id = ?";
        jdbc.update("UPDATE pattern_flag SET complaint_count = (SELECT COUNT(*) " + members + "), "
                + "first_seen = (SELECT MIN(s.received_at) " + members + "), "
                + "last_seen = (SELECT MAX(s.received_at) " + members + ") WHERE id = ?", id, id, id, id);
    }

    public List<PatternFlag> list(String status, int limit) {
        String where = status == null ? "" : " WHERE status = ?";
        Object[] arguments = status == null ? new Object[] {limit} : new Object[] {status, limit};
        return jdbc.query("SELECT " + COLUMNS + " FROM pattern_flag" + where
                + " ORDER BY last_seen DESC, id DESC FETCH FIRST ? ROWS ONLY", this::flag, arguments);
    }

    /**
     * Issue 17.7: whether a supervisor has yet to review a flag on this customer: a flag of the customer, or one
     * (by phone, e-mail or text) that holds any of the customer's complaints.
     */
    public boolean openOnCustomer(String customerId, Collection<String> references) {
        List<Object> arguments = new ArrayList<>(List.of(PatternFlag.OPEN, FlagKind.CUSTOMER.name(),
                Subjects.customerKey(customerId)));
        String linked = "";
        if (!references.isEmpty()) {
            linked = " OR id IN (SELECT flag_id FROM pattern_flag_complaint WHERE reference IN (" + marks(references.size()) + "))";
            arguments.addAll(references);
        }
        return !jdbc.queryForList("SELECT id FROM pattern_flag WHERE status = ? AND ((kind = ? AND subject_key = ?)" + linked
                + ") FETCH FIRST 1 ROWS ONLY", Long.class, arguments.toArray()).isEmpty();
    }

    public Optional<PatternFlag> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM pattern_flag WHERE id = ?", this::flag, id).stream().findFirst();
    }

    /** Records the verdict if the flag is still open; false when it was reviewed already (or does not exist). */
    boolean review(long id, Verdict verdict, String note, String reviewer) {
        return jdbc.update("UPDATE pattern_flag SET status = ?, verdict = ?, review_note = ?, reviewed_by = ?, "
                        + "reviewed_at = ? WHERE id = ? AND status = ?", PatternFlag.REVIEWED, verdict.name(), note,
                reviewer, utc(time.now()), id, PatternFlag.OPEN) == 1;
    }

    /** Flags whose supervisors have not been told yet, oldest first. */
    List<PatternFlag> unannounced() {
        return jdbc.query("SELECT " + COLUMNS + " FROM pattern_flag WHERE notified_at IS NULL ORDER BY id", this::flag);
    }

    void announced(long id) {
        jdbc.update("UPDATE pattern_flag SET notified_at = ? WHERE id = ?", utc(time.now()), id);
    }

    private List<String> complaints(long id) {
        return jdbc.queryForList("SELECT m.reference FROM pattern_flag_complaint m JOIN complaint_screening s "
                + "ON s.reference = m.reference WHERE m.flag_id = ? ORDER BY s.received_at, m.reference", String.class, id);
    }

    private PatternFlag flag(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new PatternFlag(id, FlagKind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("sample"),
                complaints(id), rs.getInt("complaint_count"), rs.getObject("first_seen", OffsetDateTime.class),
                rs.getObject("last_seen", OffsetDateTime.class), rs.getString("status"), rs.getString("verdict"),
                rs.getString("review_note"), rs.getString("reviewed_by"), rs.getObject("reviewed_at", OffsetDateTime.class));
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
