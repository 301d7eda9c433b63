package id.laporbridge.faults;

import id.laporbridge.mock.MockUpstreams;
import id.laporbridge.support.BridgeHarness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the packaged jar ({@code target/lapor-bridge.jar}) as a separate process against a mock started by the test,
 * with a configuration folder of its own that copies the project's maps and points at the mock and an H2 file.
 * The process logs with the logback.xml in the jar, to {@link #logFolder()} and the console file.
 */
public final class BridgeProcess {

    private static final Path JAR = Path.of("target", "lapor-bridge.jar");

    private final Path folder;
    private final Path configDir;
    private final String jdbcUrl;
    private final Map<String, String> environment = new HashMap<>(Map.of(
            "BRIDGE_SP4N_KEYTOKEN", BridgeHarness.KEYTOKEN,
            "BRIDGE_LAPOR_BANTUL_CLIENT_ID", BridgeHarness.CLIENT_ID,
            "BRIDGE_LAPOR_BANTUL_CLIENT_SECRET", BridgeHarness.CLIENT_SECRET));
    private Process process;

    public BridgeProcess(Path folder, MockUpstreams mock, Map<String, String> settings) throws IOException {
        this.folder = folder;
        this.configDir = folder.resolve("config");
        this.jdbcUrl = "jdbc:h2:file:" + folder.resolve("store").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        copyFolder(Path.of("config"), configDir);
        StringBuilder properties = new StringBuilder()
                .append("bridge.store.jdbc-url=").append(jdbcUrl).append('\n')
                .append("bridge.routes.dir=").append(Path.of("routes").toAbsolutePath()).append('\n')
                .append("bridge.sp4n.base-url=").append(mock.baseUrl()).append('\n')
                .append("bridge.lapor-bantul.base-url=").append(mock.baseUrl()).append('\n')
                .append("bridge.health.port=0\n");
        settings.forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
        Files.writeString(configDir.resolve("lapor-bridge.properties"), properties.toString());
    }

    /**
     * Sets an environment variable of the next {@link #start()}, such as a secret other than the harness's
     * ({@code BRIDGE_SP4N_KEYTOKEN}, {@code BRIDGE_LAPOR_BANTUL_CLIENT_ID}, {@code BRIDGE_LAPOR_BANTUL_CLIENT_SECRET}).
     */
    public BridgeProcess environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public Path logFolder() {
        return folder.resolve("logs");
    }

    public Path consoleFile() {
        return folder.resolve("console.txt");
    }

    /** Returns the last 60 lines of the console output of every run so far. */
    public String consoleTail() throws IOException {
        List<String> lines = Files.readAllLines(consoleFile());
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    public void start() throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "run", "--config-dir", configDir.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleFile().toFile()));
        builder.environment().put("LAPOR_BRIDGE_LOG_DIR", logFolder().toString());
        builder.environment().putAll(environment);
        process = builder.start();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Waits up to {@code millis} for the process to end by itself; returns true when it did. */
    public boolean waitForExit(long millis) throws InterruptedException {
        return process.waitFor(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Kills the process with SIGKILL, as a power cut or the OOM killer would, and waits until it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Writes three thread dumps of the running process, a second apart, to {@code file}, for diagnosis. */
    void writeThreadDumps(Path file) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        for (int dump = 0; dump < 3 && isAlive(); dump++) {
            Process print = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(file.toFile()))
                    .start();
            print.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            process.waitFor(1, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    /**
     * Returns the stacks of the named threads of the running process, from one thread dump, e.g. those of the
     * threads that start the bridge when a start hangs.
     */
    String threadStacks(String... names) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process print = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                .redirectErrorStream(true).start();
        String dump = new String(print.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        print.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        StringBuilder stacks = new StringBuilder();
        for (String block : dump.split("\\R\\R")) {
            for (String name : names) {
                if (block.startsWith("\"" + name + "\"")) {
                    stacks.append(block).append(System.lineSeparator());
                }
            }
        }
        return stacks.toString();
    }

    /** Returns the exit code of the ended process. */
    public int exitValue() {
        return process.exitValue();
    }

    /** Stops the process with SIGTERM and waits for its shutdown. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
