package com.bank.complaints.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts a benchmark driver's calls on the engine's services by method name. Its look-ups (which task
 * is open, which jobs are due, a user's groups: every query it creates runs once, and every variable
 * read) are commands of their own, so one committed transaction each, which neither a person in
 * Tasklist nor the job executor would add in that form; the lifecycle benchmark subtracts them to
 * give the product's own transactions. The other calls (claim, complete, executeJob) are the product's
 * work done on the driver's thread.
 */
final class DriverCalls {

    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();

    /** The service, counting every call the driver makes on it. */
    <T> T counted(Class<T> service, T engine) {
        return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service},
                (proxy, method, args) -> {
                    calls.computeIfAbsent(method.getName(), name -> new LongAdder()).increment();
                    try {
                        return method.invoke(engine, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }

    /** Calls so far by method name. */
    Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        calls.forEach((name, count) -> counts.put(name, count.sum()));
        return counts;
    }

    /** Of the calls in a snapshot, the driver's own look-ups. */
    static long lookups(Map<String, Long> calls) {
        return calls.entrySet().stream().filter(call -> isLookup(call.getKey())).mapToLong(Map.Entry::getValue).sum();
    }

    private static boolean isLookup(String method) {
        return method.startsWith("create") && method.endsWith("Query") || method.startsWith("getVariable");
    }
}
