package com.bank.complaints.intake;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.bank.complaints.sla.IntakeDeadlines;
import com.bank.complaints.triage.ComplaintClassified;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The complaint table (Flyway V1). */
@Repository
public class ComplaintRepository {

    private static final String COLUMNS = "reference, channel, channel_message_id, language, customer_id, customer_name, "
            + "customer_phone, customer_email, card_or_contract_number, product, business_period, transaction_date, "
            + "grievance, expected_outcome, disputed_amount, emotional_state, received_at, received_by, "
            + "first_response_due, reply_due, regulatory_due, customer_segment, customer_age_band, card_number_encrypted";

    private final NamedParameterJdbcTemplate jdbc;

    public ComplaintRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Complaint c) {
        NewComplaint d = c.details();
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("reference", c.reference())
                .addValue("channel", d.channel().name())
                .addValue("channelMessageId", d.channelMessageId())
                .addValue("language", d.language().code())
                .addValue("customerId", d.customerId())
                .addValue("customerName", d.customerName())
                .addValue("customerPhone", d.customerPhone())
                .addValue("customerEmail", d.customerEmail())
                .addValue("cardOrContractNumber", d.cardOrContractNumber())
                .addValue("product", d.product().name())
                .addValue("businessPeriod", d.businessPeriod())
                .addValue("transactionDate", d.transactionDate() == null ? null : Date.valueOf(d.transactionDate()))
                .addValue("grievance", d.grievance())
                .addValue("expectedOutcome", d.expectedOutcome())
                .addValue("disputedAmount", d.disputedAmount())
                .addValue("emotionalState", Complaint.name(d.emotionalState()))
                .addValue("receivedAt", utc(c.receivedAt()))
                .addValue("receivedBy", c.receivedBy())
                .addValue("firstResponseDue", utc(c.deadlines().firstResponseDue()))
                .addValue("replyDue", utc(c.deadlines().replyDue()))
                .addValue("regulatoryDue", utc(c.deadlines().regulatoryDue()))
                .addValue("customerSegment", Complaint.name(d.customerSegment()))
                .addValue("customerAgeBand", Complaint.name(d.customerAgeBand()))
                .addValue("cardNumberEncrypted", d.cardNumberEncrypted());
        jdbc.update("INSERT INTO complaint (" + COLUMNS + ") VALUES (:reference, :channel, :channelMessageId, :language, "
                + ":customerId, :customerName, :customerPhone, :customerEmail, :cardOrContractNumber, :product, "
                + ":businessPeriod, :transactionDate, :grievance, :expectedOutcome, :disputedAmount, :emotionalState, "
                + ":receivedAt, :receivedBy, :firstResponseDue, :replyDue, :regulatoryDue, :customerSegment, :customerAgeBand, "
                + ":cardNumberEncrypted)", p);
    }

    void classify(ComplaintClassified c) {
        jdbc.getJdbcTemplate().update(
                "UPDATE complaint SET severity = ?, category = ?, special_kind = ?, complexity = ? WHERE reference = ?",
                c.severity(), c.category(), c.specialKind(), c.complexity(), c.reference());
    }

    public Optional<Complaint> find(String reference) {
        return jdbc.query("SELECT " + COLUMNS + " FROM complaint WHERE reference = :reference",
                new MapSqlParameterSource("reference", reference), this::map).stream().findFirst();
    }

    /** The complaint a running process refers to: its absence is a broken invariant, not a user error. */
    public Complaint require(String reference) {
        return find(reference).orElseThrow(() -> new IllegalStateException("No complaint record for " + reference));
    }

    Optional<String> findReferenceByChannelMessage(Channel channel, String channelMessageId) {
        return jdbc.queryForList("SELECT reference FROM complaint WHERE channel = :channel AND channel_message_id = :id",
                new MapSqlParameterSource("channel", channel.name()).addValue("id", channelMessageId), String.class)
                .stream().findFirst();
    }

    /** Every complaint of this customer, oldest first (issue 17.7: compensation across complaints). */
    public List<String> referencesOfCustomer(String customerId) {
        return jdbc.queryForList("SELECT reference FROM complaint WHERE customer_id = :customerId ORDER BY received_at, reference",
                new MapSqlParameterSource("customerId", customerId), String.class);
    }

    /** Every complaint ever received (rows are never deleted): the metric complaints.received. */
    public long count() {
        return jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM complaint", Long.class);
    }

    /** R-AN-5 / triage: how many complaints this customer made in the window before the given instant. */
    long countByCustomerSince(String customerId, Instant since, Instant before) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM complaint WHERE customer_id = :customerId "
                        + "AND received_at >= :since AND received_at < :before",
                new MapSqlParameterSource("customerId", customerId).addValue("since", utc(since))
                        .addValue("before", utc(before)), Long.class);
    }

    private Complaint map(ResultSet rs, int row) throws SQLException {
        Date transactionDate = rs.getDate("transaction_date");
        BigDecimal amount = rs.getBigDecimal("disputed_amount");
        NewComplaint details = new NewComplaint(
                Channel.valueOf(rs.getString("channel")),
                rs.getString("channel_message_id"),
                Language.valueOf(rs.getString("language").toUpperCase(Locale.ROOT)),
                rs.getString("customer_id"),
                rs.getString("customer_name"),
                rs.getString("customer_phone"),
                rs.getString("customer_email"),
                rs.getString("card_or_contract_number"),
                Product.valueOf(rs.getString("product")),
                rs.getString("business_period"),
                transactionDate == null ? null : transactionDate.toLocalDate(),
                rs.getString("grievance"),
                rs.getString("expected_outcome"),
                amount,
                constant(EmotionalState.class, rs.getString("emotional_state")),
                constant(CustomerSegment.class, rs.getString("customer_segment")),
                constant(AgeBand.class, rs.getString("customer_age_band")),
                rs.getString("card_number_encrypted"));
        return new Complaint(rs.getString("reference"), details, instant(rs, "received_at"), rs.getString("received_by"),
                new IntakeDeadlines(instant(rs, "first_response_due"), instant(rs, "reply_due"), instant(rs, "regulatory_due")));
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
