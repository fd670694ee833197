package com.bank.complaints.benchmark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * CPU time of this JVM's threads (Linux: /proc/self/task, 100 ticks a second), summed by a group their
 * name gives. Names are the kernel's, cut to 15 characters ("camundaTaskExec", "http-nio-auto-1").
 */
final class ThreadCpu {

    static final String JOB_EXECUTOR = "job executor";
    static final String H2 = "H2";
    static final String TOMCAT = "Tomcat";
    static final String MAIL_STAND_IN = "mail stand-in";
    static final String GARBAGE_COLLECTOR = "garbage collector";
    static final String JIT_COMPILER = "JIT compiler";
    static final String OTHER = "other";
    static final String JVM = "the JVM";
    static final String ENDED = "threads that ended";
    /** Every group {@link #ROLES} and {@link #since} give, in the order a report lists them. */
    static final List<String> ROLE_NAMES = List.of(JOB_EXECUTOR, H2, TOMCAT, MAIL_STAND_IN, ENDED, GARBAGE_COLLECTOR,
            JIT_COMPILER, OTHER, JVM);

    /** Who a thread of a benchmark's node works for, by its name. */
    static final Function<String, String> ROLES = name -> {
        // HttpClient-: the message gateway's HTTP client, on the jobs' behalf
        if (name.startsWith("camundaTaskExec") || name.startsWith("JobExecutor[") || name.startsWith("HttpClient-")) {
            return JOB_EXECUTOR;
        }
        if (name.startsWith("http-nio-")) {
            return TOMCAT;
        }
        if (name.matches("\\d+\\.\\d+\\.\\d+\\.\\d+:\\d+")) {
            return MAIL_STAND_IN; // the embedded SMTP server names a connection's thread by the client's address
        }
        if (name.startsWith("H2-")) {
            return H2;
        }
        if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
            return JIT_COMPILER;
        }
        if (name.startsWith("G1 ") || name.startsWith("GC Thread")) {
            return GARBAGE_COLLECTOR;
        }
        return OTHER;
    };

    private ThreadCpu() {
    }

    /**
     * Milliseconds of CPU so far of the threads alive now, by the group {@code group} gives each thread's name,
     * and of the whole JVM under {@link #JVM} (which keeps what threads that ended used).
     */
    static Map<String, Long> millisBy(Function<String, String> group) {
        Map<String, Long> millis = new TreeMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    millis.merge(group.apply(Files.readString(task.resolve("comm")).strip()), millis(task), Long::sum);
                } catch (IOException ended) {
                    // the thread ended while being read
                }
            }
            millis.put(JVM, millis(Path.of("/proc/self")));
        } catch (IOException notLinux) {
            return Map.of();
        }
        return millis;
    }

    private static long millis(Path process) throws IOException {
        String stat = Files.readString(process.resolve("stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // utime and stime
    }

    /** Milliseconds the whole machine's cores were busy so far (/proc/stat: all but idle and waiting for I/O). */
    static long machineBusyMillis() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < Math.min(cpu.length, 9); i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(cpu[i]);
                }
            }
            return busy * 10;
        } catch (IOException | RuntimeException notLinux) {
            return 0;
        }
    }

    /**
     * What each group used between two readings, and under {@link #ENDED} what threads that ended in between used
     * (the JVM's time less every group's: short-lived threads such as the mail stand-in's connections).
     */
    static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> used = new LinkedHashMap<>();
        after.forEach((group, millis) -> used.put(group, Math.max(0, millis - before.getOrDefault(group, 0L))));
        long groups = used.entrySet().stream().filter(e -> !e.getKey().equals(JVM)).mapToLong(Map.Entry::getValue).sum();
        used.put(ENDED, Math.max(0, used.getOrDefault(JVM, 0L) - groups));
        return used;
    }
}
