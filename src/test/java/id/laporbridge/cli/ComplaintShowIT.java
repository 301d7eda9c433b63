package id.laporbridge.cli;

import id.laporbridge.store.Database;
import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.ProjectFiles;
import id.laporbridge.support.Sp4nComplaints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ComplaintShowIT {

    private static final String SECRET_TITLE = "Judul aduan rahasia 4417";
    private static final String REPORTER_NAME = "Nama Pelapor 5523";

    @TempDir
    Path folder;

    @Test
    void showsLinkStatusesAndOutboxWithoutReporter() throws Exception {
        Path config = folder.resolve("config");
        ProjectFiles.copyTree(Path.of("config"), config);
        try (BridgeHarness harness = new BridgeHarness(folder.resolve("store"))) {
            harness.mock().sp4n().putComplaint(Sp4nComplaints.complaint("7601", "3404002", "Lampu mati",
                    "Lampu jalan mati", LocalDateTime.of(2026, 12, 3, 8, 0)));
            harness.start();
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> harness.mock().laporBantul().aduanByRefSp4n("7601").isPresent());
            harness.awaitPolls(1);
        }
        Files.writeString(config.resolve("lapor-bridge.properties"), "bridge.store.jdbc-url=jdbc:h2:file:"
                + folder.resolve("store/store").toAbsolutePath() + "\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = LaporBridgeCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "complaint", "show", "sp4n:7601", "--config-dir", config.toString());

        assertThat(exit).as("exit code; errors: %s", err).isZero();
        assertThat(out.toString()).contains("upstream_id=7601").contains("linked_by=created")
                .contains("status=TERDISPOSISI").contains("action=create-aduan  state=done")
                .contains("reporter_on_file=true").doesNotContain("Pelapor Uji").doesNotContain("@contoh.test");
        int missing = LaporBridgeCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                "complaint", "show", "sp4n:0000", "--config-dir", config.toString());
        assertThat(missing).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(err.toString()).contains("No single complaint matches 'sp4n:0000'");
    }

    @Test
    void rahasiaTitleHiddenByDefault() throws Exception {
        Path config = storeWithComplaint(true, false);
        StringWriter out = new StringWriter();

        int exit = run(out, "complaint", "show", "sp4n:7701", "--config-dir", config.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("secret=true")
                .contains("title=(hidden: rahasia complaint, --show-confidential shows it)")
                .doesNotContain(SECRET_TITLE).doesNotContain("Isi aduan");
    }

    @Test
    void rahasiaTitleShownOnRequest() throws Exception {
        Path config = storeWithComplaint(true, false);
        StringWriter out = new StringWriter();

        int exit = run(out, "complaint", "show", "sp4n:7701", "--show-confidential", "--config-dir",
                config.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("title=" + SECRET_TITLE).doesNotContain("Isi aduan");
    }

    @Test
    void anonymousAuthorsHiddenEvenOnRequest() throws Exception {
        Path config = storeWithComplaint(true, true);
        StringWriter out = new StringWriter();

        int exit = run(out, "complaint", "show", "sp4n:7701", "--show-confidential", "--config-dir",
                config.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("author=(hidden: anonymous complaint)").doesNotContain(REPORTER_NAME)
                .doesNotContain("Operator Dinas");
    }

    @Test
    void reporterAuthorHiddenOnNamedComplaint() throws Exception {
        Path config = storeWithComplaint(false, false);
        StringWriter out = new StringWriter();

        int exit = run(out, "complaint", "show", "sp4n:7701", "--config-dir", config.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("title=" + SECRET_TITLE).contains("author=(hidden: reporter)")
                .contains("author=Operator Dinas").doesNotContain(REPORTER_NAME);
    }

    /** Stores complaint sp4n:7701 with a reply of its reporter and an OPD answer; returns the config folder. */
    private Path storeWithComplaint(boolean secret, boolean anonymous) throws Exception {
        Path config = folder.resolve("config");
        ProjectFiles.copyTree(Path.of("config"), config);
        String jdbcUrl = "jdbc:h2:file:" + folder.resolve("store/store").toAbsolutePath();
        Files.writeString(config.resolve("lapor-bridge.properties"), "bridge.store.jdbc-url=" + jdbcUrl + "\n");
        try (Database database = Database.open(jdbcUrl, 2)) {
            database.inTransaction(connection -> {
                long id;
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO complaint (source, "
                        + "upstream_id, upstream_created_at, upstream_updated_at, status, stage, title, body, org_code, "
                        + "anonymous, secret, content_hash, raw_json, first_seen_at, last_changed_at) VALUES ('sp4n', "
                        + "'7701', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'TERDISPOSISI', 'dispatched', ?, "
                        + "'Isi aduan rahasia', '3404002', ?, ?, ?, '{}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                        new String[] {"id"})) {
                    insert.setString(1, SECRET_TITLE);
                    insert.setBoolean(2, anonymous);
                    insert.setBoolean(3, secret);
                    insert.setString(4, "0".repeat(64));
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                message(connection, id, "f-1", "pelapor", REPORTER_NAME);
                message(connection, id, "f-2", "akhir", "Operator Dinas");
                return null;
            });
        }
        return config;
    }

    private static void message(Connection connection, long complaintId, String upstreamId, String kind,
                                String author) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO complaint_message (complaint_id, "
                + "upstream_id, kind, body, author, created_at, from_bridge, recorded_at) VALUES (?, ?, ?, "
                + "'Isi aduan tanggapan', ?, CURRENT_TIMESTAMP, FALSE, CURRENT_TIMESTAMP)")) {
            insert.setLong(1, complaintId);
            insert.setString(2, upstreamId);
            insert.setString(3, kind);
            insert.setString(4, author);
            insert.executeUpdate();
        }
    }

    private static int run(StringWriter out, String... args) {
        return LaporBridgeCommand.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                args);
    }
}
