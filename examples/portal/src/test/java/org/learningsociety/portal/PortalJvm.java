package org.learningsociety.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The portal started as a separate JVM ({@link PortalApplication} on the test JVM's classpath), for
 * tests that kill it: {@link #kill()} sends SIGKILL (the exit code 137 proves it), {@link #close()}
 * kills it too if it is still alive, and a shutdown hook of the test JVM kills it at the latest, so no
 * JVM outlives its test. Its output goes to
 * {@code target/reliability/<name>.log}.
 */
final class PortalJvm implements AutoCloseable {

    static final Path LOGS = Path.of("target", "reliability");

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;
    private long outputRead;

    private PortalJvm(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts a portal on a free port with {@code arguments} (Spring Boot's {@code --key=value}); the
     * JVM's working directory is {@code workDir}.
     */
    static PortalJvm start(String name, Path workDir, List<String> arguments) {
        try {
            Files.createDirectories(LOGS);
            Files.createDirectories(workDir);
            int port = freePort();
            Path log = LOGS.resolve(name + ".log").toAbsolutePath();
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", classPath(),
                    PortalApplication.class.getName(), "--server.port=" + port,
                    // the reliability tests drive Thành Đông's cycle: the generated city would only slow each start
                    "--portal.demo-city=false"));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            // should the test JVM itself be stopped before close(), the portal goes with it
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly, name + "-killer"));
            return new PortalJvm(name, port, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the REST API answers an administrator (reference data loaded, engine up). */
    PortalJvm awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url("/api/learning-society/v1/units/10507")))
                .header("Authorization", basic("demo", "demo")).timeout(Duration.ofSeconds(5)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting:\n"
                        + tail());
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + ":\n" + tail());
    }

    /** SIGKILL: no shutdown hook, no graceful stop; returns the exit code (137 = 128 + SIGKILL). */
    int kill() {
        process.destroyForcibly();
        return awaitExit();
    }

    /** SIGTERM: Spring closes the context (the job executor, the pool) and the JVM exits. */
    int stop() {
        process.destroy();
        return awaitExit();
    }

    private int awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    String name() {
        return name;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Waits until a line of the JVM's output contains every one of {@code parts}; reads only what
     * was written since the last call.
     */
    boolean awaitOutput(Duration timeout, String... parts) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
                if (file.length() > outputRead) {
                    byte[] added = new byte[(int) (file.length() - outputRead)];
                    file.seek(outputRead);
                    file.readFully(added);
                    String text = new String(added, StandardCharsets.UTF_8);
                    int lastLine = text.lastIndexOf('\n');
                    if (lastLine >= 0) {
                        outputRead += text.substring(0, lastLine + 1).getBytes(StandardCharsets.UTF_8).length;
                        for (String line : text.substring(0, lastLine).split("\n")) {
                            if (java.util.Arrays.stream(parts).allMatch(line::contains)) {
                                return true;
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sleep(10);
        }
        return false;
    }

    /** The last lines of the JVM's output, for a failure's message. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Surefire's test classpath (its own {@code java.class.path} may be a manifest-only jar). */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
