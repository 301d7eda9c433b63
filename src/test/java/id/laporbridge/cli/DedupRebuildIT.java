package id.laporbridge.cli;

import id.laporbridge.dedup.ComplaintText;
import id.laporbridge.dedup.DedupSettings;
import id.laporbridge.dedup.DuplicateDetector;
import id.laporbridge.dedup.DuplicateLink;
import id.laporbridge.dedup.IndexCounts;
import id.laporbridge.store.Database;
import id.laporbridge.support.ProjectFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DedupRebuildIT {

    private static final String ROAD = "Jalan di depan SD Negeri Wonokromo rusak parah dan berlubang, "
            + "sudah dua bulan tidak diperbaiki dan membahayakan anak sekolah yang lewat setiap pagi";
    private static final String WASTE = "Sampah menumpuk di pinggir sungai dekat pasar Imogiri, baunya "
            + "menyengat sampai ke rumah warga dan belum pernah diangkut petugas kebersihan";
    private static final Instant FILED_AT = Instant.parse("2026-11-02T03:00:00Z");

    @TempDir
    Path folder;

    private Path config;
    private String jdbcUrl;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeConfig() throws IOException {
        config = folder.resolve("config");
        ProjectFiles.copyTree(Path.of("config"), config);
        jdbcUrl = "jdbc:h2:file:" + folder.resolve("store/store").toAbsolutePath();
        Files.writeString(config.resolve("lapor-bridge.properties"), "bridge.store.jdbc-url=" + jdbcUrl + "\n");
    }

    @Test
    void rebuildRestoresDeletedBands() throws SQLException {
        try (Database database = Database.open(jdbcUrl, 2)) {
            DuplicateDetector detector = DuplicateDetector.open(database.dataSource(), DedupSettings.defaults());
            detector.check(complaint(1, ROAD));
            detector.check(complaint(2, WASTE));
            detector.check(complaint(3, ROAD));
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM dedup_band");
                statement.execute("DELETE FROM dedup_term");
            }
        }

        int exit = run("dedup", "rebuild", "--config-dir", config.toString());

        assertThat(exit).as("exit code; errors: %s", err).isZero();
        assertThat(out.toString()).contains("texts=3 bandRows=0 terms=0 links=1")
                .contains("Duplicate index rebuilt: texts=3 bandRows=60").contains("seconds=");
        try (Database database = Database.open(jdbcUrl, 2)) {
            DuplicateDetector detector = DuplicateDetector.open(database.dataSource(), DedupSettings.defaults());
            IndexCounts counts = detector.counts();
            assertThat(counts.bandRows()).isEqualTo(3L * DedupSettings.defaults().bands());
            assertThat(counts.terms()).isPositive();
            assertThat(detector.preview(complaint(4, ROAD))).extracting(DuplicateLink::otherId)
                    .containsExactly(1L, 3L);
        }
    }

    @Test
    void rebuildHelpDescribesCommand() {
        int exit = run("dedup", "rebuild", "--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Usage: lapor-bridge dedup rebuild").contains("--config-dir")
                .contains("--env-file").contains("Stop the bridge first");
    }

    @Test
    void missingStoreFailsWithoutCreatingOne() {
        int exit = run("dedup", "rebuild", "--config-dir", config.toString());

        assertThat(exit).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).contains("lapor-bridge dedup rebuild: store "
                + folder.resolve("store/store.mv.db") + " does not exist");
        assertThat(folder.resolve("store/store.mv.db")).doesNotExist();
    }

    @Test
    void invalidBandsExitWithConfigCode() throws IOException {
        Files.writeString(config.resolve("lapor-bridge.properties"), "bridge.dedup.bands=7\n",
                java.nio.file.StandardOpenOption.APPEND);

        int exit = run("dedup", "rebuild", "--config-dir", config.toString());

        assertThat(exit).isEqualTo(ExitCodes.CONFIG);
        assertThat(err.toString()).contains("hash-count 80 must be a multiple of bands 7");
    }

    private int run(String... args) {
        return LaporBridgeCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static ComplaintText complaint(long id, String text) {
        return new ComplaintText(id, "lapor-bantul", String.valueOf(id), text, FILED_AT.plusSeconds(id * 60),
                "dpupkp", "imogiri", null, null, null);
    }
}
