package id.laporbridge.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started from the benchmark's own class path, or for the bridge from {@link BridgeClasspath}. Its output
 * goes to a log file, and the lines that start with {@code BENCH } are also queued for {@link #awaitLine}. CPU time
 * is read from the operating system.
 */
final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final long startedNanos;
    private final PrintWriter input;
    private final BlockingQueue<String> benchLines = new LinkedBlockingQueue<>();

    private ChildJvm(Process process, long startedNanos) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.input = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** Starts {@code mainClass}; with {@code options.jfr()} the JVM records a profile to the log's name + .jfr. */
    static ChildJvm start(BenchOptions options, Path log, Class<?> mainClass, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + options.maxHeap());
        if (options.jfr()) {
            command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + log.resolveSibling(log.getFileName().toString().replace(".log", ".jfr")));
        }
        // The production logging configuration, with its files under target/bench, not the quiet test one.
        command.add("-Dlogback.configurationFile=src/main/resources/logback.xml");
        command.add("-cp");
        command.add(mainClass == BridgeNode.class ? BridgeClasspath.get() : System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(args);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("LAPOR_BRIDGE_LOG_DIR", log.getParent().resolve("logs").toString());
        long started = System.nanoTime();
        ChildJvm child = new ChildJvm(builder.start(), started);
        child.pumpOutput(log);
        return child;
    }

    long startedNanos() {
        return startedNanos;
    }

    void send(String command) {
        input.println(command);
    }

    /** Waits for the next {@code BENCH} line that starts with {@code prefix} and returns its rest. */
    String awaitLine(String prefix, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = benchLines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new IllegalStateException("Timed out after " + timeout + " waiting for '" + prefix
                        + "' from the child JVM; see its log");
            }
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).trim();
            }
        }
    }

    /** Returns the CPU time the operating system has counted for the process, user and system, in nanoseconds. */
    long cpuNanos() {
        return process.toHandle().info().totalCpuDuration().orElseThrow(
                () -> new IllegalStateException("The OS does not report the child's CPU time")).toNanos();
    }

    boolean waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    int exitValue() {
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    private void pumpOutput(Path log) {
        Thread pump = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)); PrintWriter file = new PrintWriter(Files.newBufferedWriter(log))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    file.println(line);
                    if (line.startsWith("BENCH ")) {
                        benchLines.add(line.substring("BENCH ".length()));
                        file.flush();
                    }
                }
            } catch (IOException e) {
                benchLines.add("failed reading child output: " + e.getMessage());
            }
        }, "child-output-" + process.pid());
        pump.setDaemon(true);
        pump.start();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            send("stop");
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroy();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
