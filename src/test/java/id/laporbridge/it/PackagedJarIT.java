package id.laporbridge.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the shaded jar as an operator would, so that what only breaks in the packaged form shows here. */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "lapor-bridge.jar");

    @TempDir
    Path folder;

    @Test
    void demoOnceSyncsBothWaysFromTheJar() throws Exception {
        Process demo = run("demo", "--once", "--complaints", "30", "--work-dir", folder.resolve("demo").toString());
        assertThat(demo.waitFor(180, TimeUnit.SECONDS)).as("demo finished within 180 s").isTrue();
        String output = Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(demo.exitValue()).as("exit code; output:%n%s", output).isZero();
        assertThat(output).contains("30 SP4N-LAPOR! complaints mirrored into Lapor Bantul")
                .contains("10 OPD answers posted back as 10 SP4N-LAPOR! follow-ups");
    }

    @Test
    void brokenConfigurationExitsWithCode3() throws Exception {
        Path config = Files.createDirectories(folder.resolve("config"));
        Files.writeString(config.resolve("lapor-bridge.properties"), "bridge.sp4n.keytoken=in-a-file\n");
        Process run = run("run", "--config-dir", config.toString());
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(folder.resolve("out.txt"), StandardCharsets.UTF_8);
        assertThat(run.exitValue()).as("exit code; output:%n%s", output).isEqualTo(3);
        assertThat(output).contains("bridge.sp4n.keytoken is a secret").doesNotContain("in-a-file");
    }

    private Process run(String... arguments) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LAPOR_BRIDGE_LOG_DIR", folder.resolve("logs").toString());
        return builder
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("out.txt").toFile())
                .start();
    }
}
