package com.bank.complaints.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import com.bank.complaints.system.BusinessTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** The working-day calendar over the shipped holiday files of mainland China. */
class WorkingCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration ONE_DAY = Duration.ofHours(9);

    private final WorkingCalendar calendar = calendar("classpath:calendar/", "cn");

    @Test
    @DisplayName("R-INTAKE-4 three working days across the Spring Festival count the make-up Saturday and skip the holiday")
    void threeWorkingDaysAcrossSpringFestival() {
        Instant due = calendar.plusWorkingTime(at(2026, 2, 12, 10, 0), ONE_DAY.multipliedBy(3));

        assertThat(due).isEqualTo(at(2026, 2, 24, 10, 0));
    }

    @Test
    @DisplayName("R-INTAKE-4 a deadline can land on a make-up Saturday (调休)")
    void deadlineLandsOnAMakeUpSaturday() {
        Instant due = calendar.plusWorkingTime(at(2026, 2, 12, 10, 0), ONE_DAY.multipliedBy(2));

        assertThat(due).isEqualTo(at(2026, 2, 14, 10, 0));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
    }

    @Test
    @DisplayName("R-INTAKE-4 the National Day week is skipped")
    void nationalDayIsSkipped() {
        Instant due = calendar.plusWorkingTime(at(2026, 9, 30, 10, 0), ONE_DAY);

        assertThat(due).isEqualTo(at(2026, 10, 8, 10, 0));
    }

    @Test
    @DisplayName("an ordinary weekend is skipped and time received after hours counts from the next morning")
    void weekendsAndEvenings() {
        assertThat(calendar.plusWorkingTime(at(2026, 11, 27, 16, 30), ONE_DAY.multipliedBy(3)))
                .isEqualTo(at(2026, 12, 2, 16, 30));
        assertThat(calendar.plusWorkingTime(at(2026, 11, 24, 20, 0), ONE_DAY)).isEqualTo(at(2026, 11, 25, 18, 0));
        assertThat(calendar.plusWorkingTime(at(2026, 11, 28, 10, 0), Duration.ofHours(1))).isEqualTo(at(2026, 11, 30, 10, 0));
    }

    @Test
    @DisplayName("working time between two instants counts only working hours of working days")
    void workingTimeBetween() {
        assertThat(calendar.workingTimeBetween(at(2026, 2, 13, 17, 0), at(2026, 2, 24, 10, 0)))
                .isEqualTo(Duration.ofHours(1 + 9 + 1));
    }

    @Test
    @DisplayName("a year without a holiday file falls back to plain weekends")
    void unknownYearFallsBackToWeekends() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 1))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 1, 4))).isFalse();
        assertThat(calendar.describe(LocalDate.of(2031, 1, 1))).contains("weekends only");
        assertThat(calendar.describe(LocalDate.of(2026, 1, 1))).contains("cn-2026.txt");
    }

    @Test
    @DisplayName("the holiday files' location is configurable, and a malformed line is named")
    void holidayFilesFromAnotherLocation(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("hk-2026.txt"), "holiday 2026-11-24 Test holiday\n");
        Files.writeString(dir.resolve("hk-2027.txt"), "holiday 27 January\n");
        WorkingCalendar hongKong = calendar(dir.toUri().toString(), "hk");

        assertThat(hongKong.isWorkingDay(LocalDate.of(2026, 11, 24))).isFalse();
        assertThat(hongKong.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();
        assertThatThrownBy(() -> hongKong.isWorkingDay(LocalDate.of(2027, 1, 27)))
                .hasMessageContaining("hk-2027.txt line 1");
    }

    private static WorkingCalendar calendar(String location, String region) {
        return new WorkingCalendar(new DefaultResourceLoader(), new BusinessTime(SHANGHAI), location, region,
                LocalTime.of(9, 0), LocalTime.of(18, 0));
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant();
    }
}
