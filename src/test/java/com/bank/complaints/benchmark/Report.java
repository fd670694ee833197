package com.bank.complaints.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The figures of one benchmark as Markdown: printed to the console as they come and appended to
 * target/benchmarks/{name}.md, from where they are copied into BENCHMARKS.md.
 */
final class Report {

    static final Path DIRECTORY = Path.of("target", "benchmarks");

    private final Path file;

    Report(String name) {
        try {
            Files.createDirectories(DIRECTORY);
            file = DIRECTORY.resolve(name + ".md");
            Files.writeString(file, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line("## " + name + " (" + OffsetDateTime.now().withNano(0) + ", load " + load() + ")");
    }

    void line(String text) {
        System.out.println("[benchmark] " + text);
        try {
            Files.writeString(file, text + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void table(String... headers) {
        row((Object[]) headers);
        row(Arrays.stream(headers).map(h -> "---").toArray());
    }

    void row(Object... cells) {
        line("| " + Arrays.stream(cells).map(Report::cell).collect(Collectors.joining(" | ")) + " |");
    }

    static String cell(Object value) {
        if (value instanceof Double d) {
            return d >= 100 ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%.1f", d);
        }
        return String.valueOf(value);
    }

    /** a / b with two decimals, for the product-to-baseline columns. */
    static String ratio(double a, double b) {
        return String.format(Locale.ROOT, "%.2f", a / b);
    }

    /** The machine's load average when a benchmark starts: a busy shared machine shows here. */
    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
