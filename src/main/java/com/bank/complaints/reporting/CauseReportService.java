package com.bank.complaints.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.bank.complaints.rootcause.Axis;
import com.bank.complaints.rootcause.ImprovementAction;
import com.bank.complaints.rootcause.ImprovementActions;
import com.bank.complaints.system.BusinessTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * R-AN-1: the root-cause report, counted by the database in one pass over the months asked for
 * (complaint_cause is indexed by recorded_at), and the measured effect of the improvement actions.
 */
@Service
@Transactional(readOnly = true)
public class CauseReportService {

    private static final BigDecimal DAYS_PER_MONTH = BigDecimal.valueOf(30);

    private final JdbcTemplate jdbc;
    private final BusinessTime time;
    private final ImprovementActions actions;
    private final int effectBaselineDays;

    CauseReportService(JdbcTemplate jdbc, BusinessTime time, ImprovementActions actions,
            @Value("${complaints.reporting.action-baseline-days:90}") int effectBaselineDays) {
        this.jdbc = jdbc;
        this.time = time;
        this.actions = actions;
        this.effectBaselineDays = effectBaselineDays;
    }

    public CauseReport report(YearMonth month, int monthCount, int top) {
        ZoneId zone = time.zone();
        List<YearMonth> months = new ArrayList<>();
        for (int i = monthCount - 1; i >= 0; i--) {
            months.add(month.minusMonths(i));
        }
        StringBuilder sql = new StringBuilder("SELECT axis, cause");
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            sql.append(", SUM(CASE WHEN recorded_at >= ? AND recorded_at < ? THEN 1 ELSE 0 END) AS m").append(i);
            args.add(start(months.get(i), zone));
            args.add(start(months.get(i).plusMonths(1), zone));
        }
        sql.append(" FROM complaint_cause WHERE recorded_at >= ? AND recorded_at < ? GROUP BY axis, cause");
        args.add(start(months.get(0), zone));
        args.add(start(month.plusMonths(1), zone));
        List<ImprovementAction> all = actions.list(null);
        Map<String, List<Long>> open = openActionsByCause(all);
        List<CauseReport.Cause> causes = new ArrayList<>();
        Map<String, Long> byAxis = new LinkedHashMap<>();
        for (Axis axis : Axis.values()) {
            byAxis.put(axis.name(), 0L);
        }
        long recorded = recordedIn(month, zone);
        int last = months.size() - 1;
        jdbc.query(sql.toString(), rs -> {
            List<Long> trend = new ArrayList<>();
            for (int i = 0; i < months.size(); i++) {
                trend.add(rs.getLong("m" + i));
            }
            String axis = rs.getString("axis");
            String cause = rs.getString("cause");
            byAxis.merge(axis, trend.get(last), Long::sum);
            if (trend.get(last) > 0) {
                causes.add(new CauseReport.Cause(axis, cause, trend.get(last), Rate.of(trend.get(last), recorded),
                        last > 0 ? trend.get(last - 1) : 0, trend, open.getOrDefault(axis + ":" + cause, List.of())));
            }
        }, args.toArray());
        List<CauseReport.Cause> topCauses = causes.stream()
                .sorted(Comparator.comparing(CauseReport.Cause::count, Comparator.reverseOrder())
                        .thenComparing(CauseReport.Cause::axis).thenComparing(CauseReport.Cause::cause))
                .limit(top).toList();
        long withCause = jdbc.queryForObject("SELECT COUNT(DISTINCT reference) FROM complaint_cause "
                + "WHERE recorded_at >= ? AND recorded_at < ?", Long.class, start(month, zone), start(month.plusMonths(1), zone));
        return new CauseReport(month, months, recorded, withCause, byAxis, topCauses, effects(all));
    }

    /** Every improvement action with its effect so far. */
    public List<CauseReport.ActionEffect> effects() {
        return effects(actions.list(null));
    }

    private List<CauseReport.ActionEffect> effects(List<ImprovementAction> all) {
        Instant now = time.now();
        return all.stream().map(action -> effect(action, now)).toList();
    }

    private CauseReport.ActionEffect effect(ImprovementAction action, Instant now) {
        Instant opened = action.openedAt();
        long before = countCause(action, opened.minus(Duration.ofDays(effectBaselineDays)), opened);
        Instant since = action.completed() ? action.completedAt() : opened;
        long after = countCause(action, since, now);
        long afterDays = Math.max(0, Duration.between(since, now).toDays());
        BigDecimal perMonthBefore = perMonth(before, effectBaselineDays);
        BigDecimal perMonthAfter = afterDays == 0 ? null : perMonth(after, afterDays);
        BigDecimal change = perMonthAfter == null || perMonthBefore.signum() == 0 ? null
                : perMonthAfter.subtract(perMonthBefore).divide(perMonthBefore, 4, RoundingMode.HALF_UP);
        ZoneId zone = time.zone();
        return new CauseReport.ActionEffect(action.id(), action.axis(), action.cause(), action.title(), action.owner(),
                action.completed() ? "COMPLETED" : "OPEN", opened.atZone(zone).toLocalDate(), action.dueOn(),
                action.completed() ? action.completedAt().atZone(zone).toLocalDate() : null, before, effectBaselineDays,
                after, afterDays, perMonthBefore, perMonthAfter, change);
    }

    private long countCause(ImprovementAction action, Instant from, Instant to) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM complaint_cause WHERE axis = ? AND cause = ? "
                + "AND recorded_at >= ? AND recorded_at < ?", Long.class, action.axis(), action.cause(), utc(from), utc(to));
    }

    private static Map<String, List<Long>> openActionsByCause(List<ImprovementAction> all) {
        Map<String, List<Long>> open = new HashMap<>();
        all.stream().filter(a -> !a.completed())
                .forEach(a -> open.computeIfAbsent(a.axis() + ":" + a.cause(), k -> new ArrayList<>()).add(a.id()));
        return open;
    }

    /** Cases closed in the month whose handler recorded a root cause (with or without a cause on an axis). */
    private long recordedIn(YearMonth month, ZoneId zone) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM complaint_archive WHERE archived_at >= ? AND archived_at < ? "
                + "AND cause_summary IS NOT NULL", Long.class, start(month, zone), start(month.plusMonths(1), zone));
    }

    private static BigDecimal perMonth(long count, long days) {
        return BigDecimal.valueOf(count).multiply(DAYS_PER_MONTH).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
    }

    private static OffsetDateTime start(YearMonth month, ZoneId zone) {
        return utc(month.atDay(1).atStartOfDay(zone).toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
