package com.bank.complaints.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import com.bank.complaints.system.BusinessTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final DeadlinePolicy policy = new DeadlinePolicy(new BusinessTime(SHANGHAI));

    @Test
    @DisplayName("R-INTAKE-4 a complaint received on a Tuesday: answer in 24 hours, reply by Friday, close in 30 days")
    void midweekComplaint() {
        ZonedDateTime tuesday = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, SHANGHAI);

        IntakeDeadlines due = policy.atIntake(tuesday.toInstant());

        assertThat(due.firstResponseDue()).isEqualTo(tuesday.plusHours(24).toInstant());
        assertThat(due.replyDue()).isEqualTo(tuesday.withDayOfMonth(27).toInstant());
        assertThat(due.regulatoryDue()).isEqualTo(ZonedDateTime.of(2026, 12, 24, 10, 0, 0, 0, SHANGHAI).toInstant());
    }

    @Test
    @DisplayName("R-INTAKE-4 the 3 working days of the reply skip the weekend")
    void replySkipsTheWeekend() {
        ZonedDateTime friday = ZonedDateTime.of(2026, 11, 27, 16, 30, 0, 0, SHANGHAI);

        IntakeDeadlines due = policy.atIntake(friday.toInstant());

        assertThat(due.replyDue()).isEqualTo(ZonedDateTime.of(2026, 12, 2, 16, 30, 0, 0, SHANGHAI).toInstant());
        assertThat(due.firstResponseDue()).isEqualTo(friday.plusDays(1).toInstant());
    }
}
