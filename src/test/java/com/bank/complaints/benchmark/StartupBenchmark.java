package com.bank.complaints.benchmark;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.bank.complaints.ComplaintDeskApplication;
import org.junit.jupiter.api.Test;
import plaincamunda.PlainCamundaApplication;

/**
 * Issue 8.4: time from launching the JVM until /actuator/health answers 200, and resident memory
 * (VmRSS) a few seconds after, for the product and for a plain Camunda starter application with the
 * same webapps. Both run as separate JVMs on the same classpath (the test classpath: the product and
 * its dependencies), with the same heap limit, each on a fresh H2 file; they start alternately and
 * the median of the runs is reported.
 */
class StartupBenchmark {

    private static final List<String> JVM = List.of("-Xmx512m");
    private static final Duration SETTLE = Duration.ofSeconds(3);

    private final int runs = Settings.integer("benchmark.startup.runs", 2);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void productAgainstPlainCamunda() throws Exception {
        Report report = new Report("startup");
        List<Started> product = new ArrayList<>();
        List<Started> plain = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            plain.add(start(PlainCamundaApplication.class.getName(), "--spring.config.location=classpath:plaincamunda/application.yml"));
            // the product as it starts out of the box (default profile, demo users), job executor on
            product.add(start(ComplaintDeskApplication.class.getName(), "--camunda.bpm.job-execution.enabled=true",
                    "--complaints.mail.embedded.port=0"));
        }
        Started p = median(product);
        Started b = median(plain);
        report.line("Startup on H2 (fresh file), " + JVM + ", median of " + runs + " runs each; RSS " + SETTLE.toSeconds()
                + " s after ready.");
        report.line("");
        report.table("application", "seconds to ready", "RSS MiB");
        report.row("complaint desk", p.seconds, p.rssMiB);
        report.row("plain Camunda 7.24 starter + webapps", b.seconds, b.rssMiB);
        report.row("product / plain", Report.ratio(p.seconds, b.seconds), Report.ratio(p.rssMiB, b.rssMiB));
    }

    private Started start(String mainClass, String... args) throws Exception {
        Path folder = Files.createTempDirectory("bench-startup");
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM);
        command.addAll(List.of("-cp", classpath(), mainClass,
                "--server.port=" + port, "--spring.main.banner-mode=off",
                "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db") + ";LOCK_TIMEOUT=10000"));
        command.addAll(List.of(args));
        File log = Report.DIRECTORY.resolve("startup-" + mainClass.substring(mainClass.lastIndexOf('.') + 1) + ".log").toFile();
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        try {
            awaitReady(process, port);
            double seconds = (System.nanoTime() - launched) / 1e9;
            Thread.sleep(SETTLE.toMillis());
            return new Started(seconds, rssMiB(process.pid()));
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * This JVM's classpath without empty entries: surefire's ends with a separator, which would put the
     * working directory (with the repo's processes/ and forms/) on the classpath a second time.
     */
    private static String classpath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }

    private void awaitReady(Process process, int port) throws InterruptedException {
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("exited with " + process.exitValue() + "; see " + Report.DIRECTORY);
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("not ready within 3 minutes");
    }

    private static double rssMiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    private static Started median(List<Started> runs) {
        List<Started> sorted = runs.stream().sorted((a, b) -> Double.compare(a.seconds, b.seconds)).toList();
        return sorted.get((sorted.size() - 1) / 2);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Started(double seconds, double rssMiB) {
    }
}
