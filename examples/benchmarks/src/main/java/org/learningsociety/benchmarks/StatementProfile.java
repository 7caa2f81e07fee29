package org.learningsociety.benchmarks;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Where a benchmark's time goes in the database, seen from the JVM ({@code -Dprofile.statements=true}):
 * every statement's executions (and every commit and rollback) timed by its SQL text, whoever sends
 * it — the library, MyBatis, the engine. The wall-clock time of a round trip includes the database's
 * work, the network and the driver; {@link #print} writes the heaviest since the last print.
 */
final class StatementProfile {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeBatch", "executeLargeUpdate");

    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();
    private long jvmCpuAtLastPrint = jvmCpuNanos();
    private long threadCpuAtLastPrint = threadCpuNanos();
    private long databaseCpuAtLastPrint = databaseCpuNanos();

    /** The data source to hand the application: {@code dataSource} itself when profiling is off. */
    static DataSource around(DataSource dataSource, StatementProfile profile) {
        return profile == null ? dataSource : new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                return profile.connection(super.getConnection());
            }

            @Override
            public Connection getConnection(String username, String password) throws java.sql.SQLException {
                return profile.connection(super.getConnection(username, password));
            }
        };
    }

    /** A profile when {@code -Dprofile.statements=true}, otherwise none. */
    static StatementProfile ifAsked() {
        return Boolean.getBoolean("profile.statements") ? new StatementProfile() : null;
    }

    /** Prints the {@code top} statements by total time since the last print, and forgets them. */
    void print(PrintWriter out, int top) {
        List<Map.Entry<String, Tally>> heaviest = new ArrayList<>(tallies.entrySet());
        tallies.clear();
        heaviest.sort(Comparator.comparingLong((Map.Entry<String, Tally> e) -> e.getValue().nanos.sum()).reversed());
        long total = heaviest.stream().mapToLong(e -> e.getValue().nanos.sum()).sum();
        long jvmCpu = jvmCpuNanos();
        long databaseCpu = databaseCpuNanos();
        long threadCpu = threadCpuNanos();
        out.printf(Locale.ROOT, "    CPU time: the JVM's %.1f s (the benchmark's thread %.1f s; the rest is the JIT compiler's and"
                + " the collector's), PostgreSQL's processes' %.1f s (0 on H2, which runs in the JVM)%n",
                (jvmCpu - jvmCpuAtLastPrint) / 1e9, (threadCpu - threadCpuAtLastPrint) / 1e9,
                (databaseCpu - databaseCpuAtLastPrint) / 1e9);
        jvmCpuAtLastPrint = jvmCpu;
        threadCpuAtLastPrint = threadCpu;
        databaseCpuAtLastPrint = databaseCpu;
        out.printf(Locale.ROOT, "    in the database (round trips timed in the JVM): %.1f s in %,d executions%n",
                total / 1e9, heaviest.stream().mapToLong(e -> e.getValue().count.sum()).sum());
        for (Map.Entry<String, Tally> e : heaviest.subList(0, Math.min(top, heaviest.size()))) {
            long nanos = e.getValue().nanos.sum();
            long count = e.getValue().count.sum();
            out.printf(Locale.ROOT, "    %7.2f s %7d x %7.2f ms  %s%n", nanos / 1e9, count, nanos / 1e6 / count,
                    shorten(e.getKey()));
        }
        out.flush();
    }

    /** CPU time of this JVM's threads, all of them (the engine's and the pool's too). */
    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** CPU time of the thread printing: the benchmark's, which drives the library and the engine. */
    private static long threadCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** CPU time (user and system) of every process named postgres on this machine, from /proc (Linux). */
    private static long databaseCpuNanos() {
        long ticks = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .mapToLong(p -> {
                    try {
                        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", p.pid() + "", "stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    } catch (java.io.IOException | RuntimeException e) {
                        return 0;
                    }
                }).sum();
        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    }

    private Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(StatementProfile.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("commit") || name.equals("rollback") && (args == null || args.length == 0)) {
                        return timed(name.toUpperCase(Locale.ROOT), target, method, args);
                    }
                    Object result = invoke(target, method, args);
                    if (result instanceof CallableStatement) {
                        return result;
                    }
                    if (result instanceof PreparedStatement prepared && args != null && args[0] instanceof String sql) {
                        return statement(PreparedStatement.class, prepared, sql);
                    }
                    if (result instanceof Statement plain) {
                        return statement(Statement.class, plain, null);
                    }
                    return result;
                });
    }

    private <S extends Statement> S statement(Class<S> type, S target, String prepared) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (!EXECUTIONS.contains(method.getName())) {
                return invoke(target, method, args);
            }
            String sql = prepared != null ? prepared
                    : args != null && args.length > 0 && args[0] instanceof String s ? s : "(batch of statements)";
            String label = method.getName().contains("Batch") ? "[batch] " + sql : sql;
            return timed(label, target, method, args);
        };
        return type.cast(Proxy.newProxyInstance(StatementProfile.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    /** {@code -Dprofile.stack=TEXT}: who sends a statement whose SQL contains TEXT (its first few executions' stacks). */
    private static final String STACK_OF = System.getProperty("profile.stack");
    private final java.util.concurrent.atomic.AtomicInteger stacks = new java.util.concurrent.atomic.AtomicInteger();

    private Object timed(String sql, Object target, Method method, Object[] args) throws Throwable {
        if (STACK_OF != null && sql.contains(STACK_OF) && stacks.incrementAndGet() <= 3) {
            StringBuilder trace = new StringBuilder("    sent by (" + shorten(sql) + "):\n");
            for (StackTraceElement frame : Thread.currentThread().getStackTrace()) {
                if (frame.getClassName().startsWith("org.learningsociety") || frame.getClassName().startsWith("org.camunda")) {
                    trace.append("      at ").append(frame).append('\n');
                }
            }
            System.out.print(trace);
        }
        long start = System.nanoTime();
        try {
            return invoke(target, method, args);
        } finally {
            Tally tally = tallies.computeIfAbsent(sql.replaceAll("\\s+", " ").trim(), k -> new Tally());
            tally.nanos.add(System.nanoTime() - start);
            tally.count.increment();
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static String shorten(String line) {
        return line.length() <= 160 ? line : line.substring(0, 157) + "...";
    }

    private static final class Tally {
        final LongAdder nanos = new LongAdder();
        final LongAdder count = new LongAdder();
    }
}
