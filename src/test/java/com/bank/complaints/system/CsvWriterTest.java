package com.bank.complaints.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void writesAHeaderAndRowsWithCrlf() {
        String csv = new CsvWriter("value", "count").row("APP", 2L).row(null, 0).text();

        assertThat(csv).isEqualTo("value,count\r\nAPP,2\r\n,0\r\n");
    }

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        assertThat(CsvWriter.cell("FEE, \"DOUBLE\" CHARGE")).isEqualTo("\"FEE, \"\"DOUBLE\"\" CHARGE\"");
        assertThat(CsvWriter.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.cell("carriage\rreturn")).isEqualTo("\"carriage\rreturn\"");
        assertThat(CsvWriter.cell("plain")).isEqualTo("plain");
    }

    @Test
    void writesNumbersPlainAndDisarmsFormulas() {
        assertThat(CsvWriter.cell(new BigDecimal("-0.2500"))).isEqualTo("-0.2500");
        assertThat(CsvWriter.cell(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvWriter.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    @DisplayName("UTF-8 with a byte order mark first, so that Excel shows Chinese text right")
    void encodesUtf8WithAByteOrderMark() {
        assertThat(new CsvWriter("类别").row("服务").bytes())
                .isEqualTo("\uFEFF类别\r\n服务\r\n".getBytes(StandardCharsets.UTF_8))
                .startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    }

    @Test
    void refusesARowOfTheWrongWidth() {
        assertThatThrownBy(() -> new CsvWriter("a", "b").row("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
