package id.laporbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.laporbridge.cli.LaporBridgeCommand;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs {@code lapor-bridge report} against the fixture store, configured like {@code run}. */
class ReportCommandIT {

    @TempDir
    Path folder;

    private Path configDir;

    @BeforeEach
    void createStoreAndConfig() throws Exception {
        ReportFixture fixture = new ReportFixture(folder);
        configDir = Files.createDirectories(folder.resolve("config"));
        try (Stream<Path> files = Files.list(Path.of("config"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, configDir.resolve(file.getFileName()));
            }
        }
        Files.writeString(configDir.resolve("lapor-bridge.properties"),
                "bridge.store.jdbc-url=" + fixture.jdbcUrl() + "\n");
    }

    @Test
    void writesXlsxOfOneOpd() throws Exception {
        Path output = folder.resolve("out/dinkes.xlsx");
        int exitCode = LaporBridgeCommand.execute("report", "--config-dir", configDir.toString(),
                "--from", "2026-11-01", "--to", "2026-11-30", "--format", "xlsx", "--opd", "10300",
                "--output", output.toString());
        assertThat(exitCode).isZero();
        try (XSSFWorkbook workbook = RenderedTables.workbook(Files.readAllBytes(output))) {
            List<Object> summary = RenderedTables.sheetRows(workbook.getSheet("Ringkasan aduan")).get(0);
            assertThat(summary).containsExactly("10300", 2.0, 1.0, 3.0, 2.0, 1.0, 0.0, 0.0, 1.0);
        }
    }

    @Test
    void writesCsvOfTheRegency() throws Exception {
        Path output = folder.resolve("bantul.csv");
        int exitCode = LaporBridgeCommand.execute("report", "--config-dir", configDir.toString(),
                "--from", "2026-11-01", "--to", "2026-11-30", "--format", "CSV", "--output", output.toString());
        assertThat(exitCode).isZero();
        assertThat(Files.readString(output, StandardCharsets.UTF_8)).contains("Kabupaten Bantul;5;2;7;2;3;1;1;2");
    }

    @Test
    void reversedPeriodIsAUsageError() {
        int exitCode = LaporBridgeCommand.execute("report", "--config-dir", configDir.toString(),
                "--from", "2026-11-30", "--to", "2026-11-01", "--output", folder.resolve("x.html").toString());
        assertThat(exitCode).isEqualTo(2);
        assertThat(folder.resolve("x.html")).doesNotExist();
    }

    @Test
    void unknownFormatIsAUsageError() {
        int exitCode = LaporBridgeCommand.execute("report", "--config-dir", configDir.toString(),
                "--from", "2026-11-01", "--to", "2026-11-30", "--format", "pdf");
        assertThat(exitCode).isEqualTo(2);
    }

    @Test
    void unknownOpdIsAUsageError() {
        StringWriter err = new StringWriter();
        int exitCode = LaporBridgeCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                "report", "--config-dir", configDir.toString(), "--from", "2026-11-01", "--to", "2026-11-30",
                "--opd", "99999", "--output", folder.resolve("x.html").toString());

        assertThat(exitCode).as("exit code; errors: %s", err).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--opd'").contains("kode '99999'")
                .contains("Known kodes: 10100, 10200, 10300, 11300, 12100, 12500.");
        assertThat(folder.resolve("x.html")).doesNotExist();
    }

    @Test
    void opdOnlyInStoreIsKnown() throws Exception {
        Files.writeString(configDir.resolve("opd-map.yaml"), "institutions:\n  \"3404002\": \"10200\"\n");
        Path output = folder.resolve("dinkes.html");
        int exitCode = LaporBridgeCommand.execute("report", "--config-dir", configDir.toString(),
                "--from", "2026-11-01", "--to", "2026-11-30", "--opd", "10300", "--output", output.toString());

        assertThat(exitCode).isZero();
        assertThat(output).exists();
    }

    @Test
    void missingStoreFailsWithoutCreatingOne() throws Exception {
        Path missing = folder.resolve("nowhere/store");
        Files.writeString(configDir.resolve("lapor-bridge.properties"),
                "bridge.store.jdbc-url=jdbc:h2:file:" + missing + "\n");
        int exitCode = LaporBridgeCommand.execute("report", "--config-dir", configDir.toString(),
                "--from", "2026-11-01", "--to", "2026-11-30", "--output", folder.resolve("x.html").toString());
        assertThat(exitCode).isEqualTo(4);
        assertThat(folder.resolve("nowhere/store.mv.db")).doesNotExist();
    }
}
