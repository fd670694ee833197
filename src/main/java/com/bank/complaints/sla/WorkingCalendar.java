package com.bank.complaints.sla;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bank.complaints.system.BusinessTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The bank's working time: working days are Monday to Friday, less public holidays, plus make-up
 * working days (调休), read from one holiday file per year ({location}{region}-{year}.txt); within a
 * working day, the working hours. A year without a file falls back to plain weekends, with a warning.
 */
@Component
public class WorkingCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(WorkingCalendar.class);
    private static final Pattern LINE = Pattern.compile(
            "(holiday|workday)\\s+(\\d{4}-\\d{2}-\\d{2})(?:\\.\\.(\\d{4}-\\d{2}-\\d{2}))?(?:\\s+(.*))?");
    private static final int MAX_DAYS_SEARCHED = 3660;

    private final ResourceLoader resources;
    private final String location;
    private final String region;
    private final ZoneId zone;
    private final LocalTime workStart;
    private final LocalTime workEnd;
    private final Map<Integer, Year> years = new ConcurrentHashMap<>();

    WorkingCalendar(ResourceLoader resources, BusinessTime time,
            @Value("${complaints.sla.calendar.location:classpath:calendar/}") String location,
            @Value("${complaints.sla.calendar.region:cn}") String region,
            @Value("${complaints.sla.working-hours.start:09:00}") LocalTime workStart,
            @Value("${complaints.sla.working-hours.end:18:00}") LocalTime workEnd) {
        if (!workStart.isBefore(workEnd)) {
            throw new IllegalStateException("Working hours must start before they end: " + workStart + "-" + workEnd);
        }
        this.resources = resources;
        this.location = location.endsWith("/") ? location : location + "/";
        this.region = region;
        this.zone = time.zone();
        this.workStart = workStart;
        this.workEnd = workEnd;
    }

    public boolean isWorkingDay(LocalDate day) {
        Year year = year(day.getYear());
        if (year.workdays.contains(day)) {
            return true;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !year.holidays.contains(day);
    }

    /** The length of one working day's working hours. */
    public Duration workingDay() {
        return Duration.between(workStart, workEnd);
    }

    /** The instant when {@code amount} of working time has passed after {@code start}. */
    public Instant plusWorkingTime(Instant start, Duration amount) {
        Duration remaining = amount;
        ZonedDateTime cursor = start.atZone(zone);
        for (int day = 0; day < MAX_DAYS_SEARCHED; day++) {
            LocalDate date = cursor.toLocalDate();
            if (isWorkingDay(date)) {
                ZonedDateTime open = date.atTime(workStart).atZone(zone);
                ZonedDateTime close = date.atTime(workEnd).atZone(zone);
                if (cursor.isBefore(open)) {
                    cursor = open;
                }
                if (cursor.isBefore(close)) {
                    Duration available = Duration.between(cursor, close);
                    if (remaining.compareTo(available) <= 0) {
                        return cursor.plus(remaining).toInstant();
                    }
                    remaining = remaining.minus(available);
                }
            }
            cursor = date.plusDays(1).atStartOfDay(zone);
        }
        throw new IllegalStateException("No working time found within " + MAX_DAYS_SEARCHED + " days of " + start);
    }

    /** How much working time lies between two instants. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(to.atZone(zone).toLocalDate());
                date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                Instant open = max(from, date.atTime(workStart).atZone(zone).toInstant());
                Instant close = min(to, date.atTime(workEnd).atZone(zone).toInstant());
                if (open.isBefore(close)) {
                    total = total.plus(Duration.between(open, close));
                }
            }
        }
        return total;
    }

    /** Which calendar a date is reckoned with, for the audit of a deadline. */
    public String describe(LocalDate day) {
        Year year = year(day.getYear());
        return year.source + ", working hours " + workStart + "-" + workEnd + " " + zone;
    }

    /** Whether the year's holidays are known from its file; without one, its deadlines are provisional. */
    public boolean hasHolidayFile(int year) {
        return year(year).fromFile();
    }

    /** The file a year's holidays are read from, as the operators must provide it. */
    public String holidayFile(int year) {
        return location + region + "-" + year + ".txt";
    }

    public ZoneId zone() {
        return zone;
    }

    private Year year(int year) {
        return years.computeIfAbsent(year, this::load);
    }

    private Year load(int year) {
        String name = region + "-" + year + ".txt";
        Resource file = resources.getResource(location + name);
        if (!file.exists()) {
            LOG.warn("No holiday file {} in {}: working days of {} are Monday to Friday, without public holidays",
                    name, location, year);
            return new Year(Set.of(), Set.of(), "weekends only (no holiday file for " + year + ")", false);
        }
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        boolean provisional = false;
        try (InputStream in = file.getInputStream()) {
            int lineNumber = 0;
            for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                lineNumber++;
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.equals("provisional")) {
                    provisional = true;
                    continue;
                }
                Matcher m = LINE.matcher(line);
                if (!m.matches()) {
                    throw new IllegalStateException(name + " line " + lineNumber + " is not 'holiday|workday yyyy-MM-dd[..yyyy-MM-dd] name': " + line);
                }
                LocalDate first = LocalDate.parse(m.group(2));
                LocalDate last = m.group(3) == null ? first : LocalDate.parse(m.group(3));
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    (m.group(1).equals("holiday") ? holidays : workdays).add(d);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the holiday file " + name, e);
        }
        if (provisional) {
            LOG.warn("The holiday file {} is provisional: replace it with the published arrangement", name);
        }
        return new Year(holidays, workdays, name + (provisional ? " (provisional)" : ""), true);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private record Year(Set<LocalDate> holidays, Set<LocalDate> workdays, String source, boolean fromFile) {
    }
}
