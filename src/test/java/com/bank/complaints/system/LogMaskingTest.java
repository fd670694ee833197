package com.bank.complaints.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.bank.complaints.DeskTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The running app's console log (logback-spring.xml) masks customers' personal data, in messages and in stack traces. */
@DeskTest
@ExtendWith(OutputCaptureExtension.class)
class LogMaskingTest {

    private static final Logger LOG = LoggerFactory.getLogger(LogMaskingTest.class);

    @Test
    void personalDataInALogMessageIsMasked(CapturedOutput output) {
        LOG.info("Customer li.lei@example.com (phone +86 138 0000 1234, card 6222021234567894) complained");

        assertThat(output.getOut())
                .contains("Customer l***@example.com (phone +** *** **** 1234, card 622202******7894) complained")
                .doesNotContain("li.lei@example.com", "138 0000 1234", "6222021234567894");
    }

    @Test
    void personalDataInAnExceptionMessageIsMasked(CapturedOutput output) {
        LOG.error("Receipt not sent", new IllegalStateException("550 mailbox unavailable: <li.lei@example.com>"));

        assertThat(output.getOut())
                .contains("Receipt not sent", "java.lang.IllegalStateException: 550 mailbox unavailable: <l***@example.com>")
                .doesNotContain("li.lei@example.com");
    }

    @Test
    void theConsoleKeepsSpringBootsLook(CapturedOutput output) {
        LOG.info("Nothing personal here");

        assertThat(output.getOut()).containsPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2})\\s+INFO "
                + "\\d+ --- \\[complaint-desk\\] \\[.*\\] \\S*LogMaskingTest\\s+: Nothing personal here");
    }
}
