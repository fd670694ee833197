package com.bank.complaints.system;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 writer: a header row, then one row per record, CRLF line ends, UTF-8 (with a BOM). A field is
 * quoted when it holds a comma, a quote or a line break (quotes doubled); null is an empty field.
 * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe; numbers are written as plain numbers.
 */
public final class CsvWriter {

    private static final String LINE_END = "\r\n";
    private static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder();
    private final int columns;

    public CsvWriter(String... header) {
        this.columns = header.length;
        append(header);
    }

    public CsvWriter row(Object... fields) {
        if (fields.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " fields, got " + fields.length);
        }
        append(fields);
        return this;
    }

    String text() {
        return out.toString();
    }

    /** UTF-8 with a byte order mark first: without it Excel reads the file in the system's code page and garbles Chinese. */
    public byte[] bytes() {
        return (BOM + text()).getBytes(StandardCharsets.UTF_8);
    }

    private void append(Object[] fields) {
        List<String> cells = new ArrayList<>(fields.length);
        for (Object field : fields) {
            cells.add(cell(field));
        }
        out.append(String.join(",", cells)).append(LINE_END);
    }

    static String cell(Object field) {
        if (field == null) {
            return "";
        }
        if (field instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (field instanceof Number number) {
            return number.toString();
        }
        String text = field.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
