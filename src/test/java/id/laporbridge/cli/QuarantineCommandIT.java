package id.laporbridge.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.store.Database;
import id.laporbridge.store.QuarantineStore;
import id.laporbridge.support.Sp4nComplaints;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class QuarantineCommandIT {

    @TempDir
    Path folder;

    private CliStore cli;
    private Path config;
    private String jdbcUrl;

    @BeforeEach
    void quarantineTwoRecords() throws Exception {
        cli = CliStore.create(folder);
        config = cli.config();
        jdbcUrl = cli.jdbcUrl();
        try (Database database = Database.open(jdbcUrl, 2)) {
            QuarantineStore quarantine = new QuarantineStore(Clock.systemUTC(), database.columnWidths());
            database.inTransaction(connection -> {
                quarantine.put(connection, "sp4n", "7602", "status", "unknown status DIVERIFIKASI_ULANG",
                        withStatus("7602", "DIVERIFIKASI_ULANG").toString());
                return quarantine.put(connection, "sp4n", "7603", "status", "unknown status TIDAK_DIKENAL",
                        withStatus("7603", "TIDAK_DIKENAL").toString());
            });
        }
    }

    @Test
    void listShowsRecordWithoutRawJson() {
        int exit = cli.run("quarantine", "list", "--source", "sp4n");

        assertThat(exit).as("exit code; errors: %s", cli.err()).isZero();
        assertThat(cli.out()).contains("source=sp4n  upstream_id=7602  field=status")
                .contains("upstream_id=7603").contains("seen_count=1").contains("quarantined=2");
        assertThat(cli.out()).doesNotContain("Pelapor Uji").doesNotContain("@contoh.test")
                .doesNotContain("Lampu jalan");
    }

    @Test
    void listFiltersBySource() {
        int exit = cli.run("quarantine", "list", "--source", "lapor-bantul");

        assertThat(exit).isZero();
        assertThat(cli.out()).doesNotContain("upstream_id=").contains("quarantined=0");
    }

    @Test
    void unknownSourceIsUsageError() {
        int exit = cli.run("quarantine", "list", "--source", "nope");

        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("'nope' is not an upstream; use one of sp4n, lapor-bantul.");
    }

    @Test
    void replayStoresFixedRecordAndKeepsFailing() throws Exception {
        mapStatuses("  DIVERIFIKASI_ULANG: received\n", "DIVERIFIKASI_ULANG");

        int exit = cli.run("quarantine", "replay", "--all");

        assertThat(exit).as("exit code; errors: %s", cli.err()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(cli.out()).contains("still quarantined").contains("upstream_id=7603")
                .contains("field=status").contains("replayed=1  still_quarantined=1");
        assertThat(count("SELECT COUNT(*) FROM complaint WHERE source = 'sp4n' AND upstream_id = '7602'"))
                .as("stored complaint 7602").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM outbox_item WHERE subject_id = '7602' AND state = 'pending'"))
                .as("queued aduan for 7602").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM quarantine WHERE upstream_id = '7602'")).as("7602 quarantined")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM quarantine WHERE upstream_id = '7603'")).as("7603 quarantined")
                .isEqualTo(1);
    }

    @Test
    void replayAfterFullFixEmptiesQuarantine() throws Exception {
        mapStatuses("  DIVERIFIKASI_ULANG: received\n  TIDAK_DIKENAL: on_hold\n", "DIVERIFIKASI_ULANG, TIDAK_DIKENAL");

        int exit = cli.run("quarantine", "replay", "--all");

        assertThat(exit).as("exit code; errors: %s", cli.err()).isZero();
        assertThat(cli.out()).contains("replayed=2  still_quarantined=0");
        assertThat(count("SELECT COUNT(*) FROM quarantine")).as("quarantined records").isZero();
        assertThat(count("SELECT COUNT(*) FROM complaint WHERE source = 'sp4n'")).as("stored").isEqualTo(2);
    }

    @Test
    void replayOfUnknownIdFails() {
        int exit = cli.run("quarantine", "replay", "999");

        assertThat(exit).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(cli.err()).contains("No quarantined record has id 999");
    }

    /** Lists new SP4N-LAPOR! statuses in the upstream profile and maps them, as an operator would. */
    private void mapStatuses(String mapLines, String statusList) throws Exception {
        Path statusMap = config.resolve("status-map.yaml");
        Files.writeString(statusMap, Files.readString(statusMap).replace("sp4n:\n", "sp4n:\n" + mapLines));
        Path profile = config.resolve("upstreams/sp4n.yaml");
        Files.writeString(profile, Files.readString(profile).replace("statuses: [", "statuses: [" + statusList + ", "));
    }

    private static ObjectNode withStatus(String trackingId, String status) {
        return Sp4nComplaints.complaint(trackingId, "3404002", "Lampu mati", "Lampu jalan mati",
                LocalDateTime.of(2026, 12, 3, 8, 0)).put("status", status);
    }

    private long count(String sql) {
        try (Database database = Database.open(jdbcUrl, 2)) {
            return database.inTransaction(connection -> {
                try (PreparedStatement select = connection.prepareStatement(sql);
                     ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            });
        }
    }
}
