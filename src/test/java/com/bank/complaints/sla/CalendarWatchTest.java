package com.bank.complaints.sla;

import static com.bank.complaints.TestComplaints.feeComplaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.DeskTest;
import com.bank.complaints.Mails;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15 point 6, calendar fail-safe (R-SLA-2): the holiday files stop at 2027, so late in 2027 the
 * 2028 file is missing; deadlines in 2028 would count plain weekends without anyone noticing.
 */
@DeskTest
class CalendarWatchTest {

    private static final String SUBJECT = "Holiday calendar 2028 is missing: deadlines in 2028 are provisional";

    @Autowired
    Desk desk;
    @Autowired
    CaseDriver cases;
    @Autowired
    CalendarWatch watch;
    @Autowired
    GreenMail greenMail;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("R-SLA-2 within 60 days of the year's end without next year's holiday file, health reports WARNING naming the file")
    void missingFileNearTheYearEndIsAWarning() {
        ClockUtil.setCurrentTime(at(2027, 11, 15));

        JsonNode calendar = desk.read("admin", "/actuator/health").path("components").path("calendar");

        assertThat(calendar.path("status").asText()).isEqualTo("WARNING");
        assertThat(calendar.path("details").path("missingYear").asInt()).isEqualTo(2028);
        assertThat(calendar.path("details").path("file").asText()).endsWith("cn-2028.txt");
    }

    @Test
    @DisplayName("R-SLA-2 earlier in the year, or with next year's file present, the calendar is UP")
    void noWarningOutsideThePeriodOrWithTheFile() {
        ClockUtil.setCurrentTime(at(2027, 6, 1));
        assertThat(desk.read("admin", "/actuator/health").path("components").path("calendar").path("status").asText())
                .isEqualTo("UP");

        ClockUtil.setCurrentTime(at(2026, 11, 15));
        assertThat(watch.missingYear()).isEmpty();
    }

    @Test
    @DisplayName("R-SLA-2 the supervisors get one mail about the missing file, however often the daily check runs")
    void supervisorsAreToldOnce() {
        ClockUtil.setCurrentTime(at(2027, 11, 20));

        watch.check();
        watch.check();

        assertThat(Mails.to(greenMail, "supervisor@bank.example")).filteredOn(mail -> Mails.subject(mail).equals(SUBJECT))
                .hasSize(1);
    }

    @Test
    @DisplayName("R-SLA-2 a deadline that falls in a year without its holiday file is marked provisional in the audit answer")
    void deadlinesInAYearWithoutAFileAreProvisional() {
        ClockUtil.setCurrentTime(at(2027, 12, 20));
        String reference = cases.submit(feeComplaint());

        JsonNode clocks = desk.read("supervisor", "/api/complaints/" + reference + "/deadlines").path("clocks");

        assertThat(clock(clocks, "FIRST_RESPONSE").path("provisional").asBoolean()).isFalse();
        assertThat(clock(clocks, "REGULATORY_CLOSE").path("provisional").asBoolean()).isTrue();
    }

    private static JsonNode clock(JsonNode clocks, String name) {
        for (JsonNode clock : clocks) {
            if (clock.path("clock").asText().equals(name)) {
                return clock;
            }
        }
        throw new AssertionError("no clock " + name + " in " + clocks);
    }

    private static Date at(int year, int month, int day) {
        return Date.from(LocalDateTime.of(year, month, day, 10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }
}
