package com.bank.complaints.vigilance;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.bank.complaints.system.PersonalDataMasking;
import com.bank.complaints.system.PersonalDataMasking.Complainant;
import com.bank.complaints.system.BusinessTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * R-AN-5: screens accepted complaints, once each, in the order they came, and flags patterns for
 * supervisors: a customer, phone or e-mail address with many complaints in a window, or many
 * near-identical grievances in a short time. Runs apart from intake (see {@link ScreeningSchedule}),
 * so it neither slows nor fails it. One node at a time screens (a row lock), so a pattern becomes
 * one flag, and a complaint that continues a flagged episode joins that flag.
 */
@Service
public class PatternScreening {

    private static final String SCREENED = "SELECT reference, received_at, text_fingerprint, normalised_text "
            + "FROM complaint_screening ";
    private static final RowMapper<Screened> SCREENED_ROW = (rs, n) -> new Screened(rs.getString("reference"),
            rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getString("text_fingerprint"),
            rs.getString("normalised_text"));

    private static final int SAMPLE_LENGTH = 500;

    private final JdbcTemplate jdbc;
    private final PatternFlags flags;
    private final PersonalDataMasking masking;
    private final VigilanceProperties settings;
    private final BusinessTime time;
    private final TransactionTemplate transaction;

    PatternScreening(JdbcTemplate jdbc, PatternFlags flags, PersonalDataMasking masking, VigilanceProperties settings,
            BusinessTime time, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.flags = flags;
        this.masking = masking;
        this.settings = settings;
        this.time = time;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Screens the complaints of the look-back window not screened yet (at most a batch); answers how many. */
    public int screenPending() {
        return transaction.execute(tx -> {
            ScreeningLock.take(jdbc, ScreeningLock.SCREENING);
            Instant now = time.now();
            List<Pending> pending = jdbc.query("SELECT c.reference, c.received_at, c.customer_id, c.customer_name, "
                            + "c.customer_phone, c.customer_email, c.card_or_contract_number, c.grievance FROM complaint c "
                            + "WHERE c.received_at >= ? AND c.received_at <= ? AND NOT EXISTS "
                            + "(SELECT 1 FROM complaint_screening s WHERE s.reference = c.reference) "
                            + "ORDER BY c.received_at, c.reference FETCH FIRST ? ROWS ONLY",
                    (rs, n) -> new Pending(rs.getString("reference"), rs.getObject("received_at", OffsetDateTime.class),
                            new Complainant(rs.getString("customer_id"), rs.getString("customer_name"),
                                    rs.getString("customer_phone"), rs.getString("customer_email"),
                                    rs.getString("card_or_contract_number")), rs.getString("grievance")),
                    utc(now.minus(settings.lookback())), utc(now), settings.batchSize());
            Map<String, Set<String>> shingles = new HashMap<>();
            pending.forEach(complaint -> screen(complaint, shingles));
            return pending.size();
        });
    }

    private void screen(Pending c, Map<String, Set<String>> shingles) {
        String normalised = TextSimilarity.normalise(c.grievance(), c.who().name());
        String fingerprint = Subjects.sha256(normalised);
        String customerKey = Subjects.customerKey(c.who().customerId());
        String phoneKey = Subjects.phoneKey(c.who().phone());
        String emailKey = Subjects.emailKey(c.who().email());
        jdbc.update("INSERT INTO complaint_screening (reference, received_at, customer_key, phone_key, email_key, "
                        + "text_fingerprint, normalised_text, screened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                c.reference(), c.receivedAt(), customerKey, phoneKey, emailKey, fingerprint, normalised, utc(time.now()));
        contact(c, FlagKind.CUSTOMER, "customer_key", customerKey, () -> Subjects.maskedCustomer(c.who().customerId()));
        contact(c, FlagKind.PHONE, "phone_key", phoneKey, () -> Subjects.maskedContact(c.who().phone()));
        contact(c, FlagKind.EMAIL, "email_key", emailKey, () -> Subjects.maskedContact(c.who().email()));
        text(c, normalised, fingerprint, shingles);
    }

    /** The same customer, phone or e-mail: the complaints of the window up to this one. */
    private void contact(Pending c, FlagKind kind, String column, String key, Supplier<String> subject) {
        if (key == null) {
            return;
        }
        Instant since = c.receivedAt().toInstant().minus(settings.contactWindow());
        List<String> window = jdbc.queryForList("SELECT reference FROM complaint_screening WHERE " + column
                        + " = ? AND received_at >= ? AND received_at <= ? ORDER BY received_at, reference", String.class,
                key, utc(since), c.receivedAt());
        flags.episode(kind, key, since).ifPresentOrElse(id -> flags.grow(id, window), () -> {
            if (window.size() >= settings.contactThreshold()) {
                flags.open(kind, key, subject.get(), null, window);
            }
        });
    }

    /**
     * Near-identical grievances of the window up to this one: every one with the same fingerprint (by
     * its index), and those among the window's latest complaints whose trigrams are similar enough.
     */
    private void text(Pending c, String normalised, String fingerprint, Map<String, Set<String>> shingles) {
        Instant since = c.receivedAt().toInstant().minus(settings.textWindow());
        Set<String> mine = shingles.computeIfAbsent(c.reference(), r -> TextSimilarity.shingles(normalised));
        Map<String, Screened> similar = new HashMap<>();
        jdbc.query(SCREENED + "WHERE text_fingerprint = ? AND received_at >= ? AND received_at <= ?", SCREENED_ROW,
                fingerprint, utc(since), c.receivedAt()).forEach(row -> similar.put(row.reference(), row));
        jdbc.query(SCREENED + "WHERE received_at >= ? AND received_at <= ? ORDER BY received_at DESC, reference DESC "
                        + "FETCH FIRST ? ROWS ONLY", SCREENED_ROW, utc(since), c.receivedAt(), settings.textCandidates())
                .stream()
                .filter(row -> TextSimilarity.jaccard(mine, shingles.computeIfAbsent(row.reference(),
                        r -> TextSimilarity.shingles(row.normalisedText()))) >= settings.textSimilarity())
                .forEach(row -> similar.putIfAbsent(row.reference(), row));
        List<Screened> episode = similar.values().stream()
                .sorted(Comparator.comparing(Screened::receivedAt).thenComparing(Screened::reference)).toList();
        List<String> references = episode.stream().map(Screened::reference).toList();
        flags.textEpisodeOf(references, since).ifPresentOrElse(id -> flags.grow(id, references), () -> {
            if (references.size() >= settings.textThreshold()) {
                String first = episode.get(0).fingerprint();
                flags.open(FlagKind.TEXT, first, "text " + first.substring(0, 12), sample(c), references);
            }
        });
    }

    private String sample(Pending c) {
        String masked = masking.mask(c.grievance(), c.who());
        return masked.length() <= SAMPLE_LENGTH ? masked : masked.substring(0, SAMPLE_LENGTH - 1) + "…";
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Pending(String reference, OffsetDateTime receivedAt, Complainant who, String grievance) {
    }

    /** A complaint already screened, as the text check compares it. */
    private record Screened(String reference, Instant receivedAt, String fingerprint, String normalisedText) {
    }
}
