package id.laporbridge.faults;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.LogCapture;
import id.laporbridge.support.Sp4nComplaints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static id.laporbridge.faults.FaultFixtures.INSTITUTION;
import static id.laporbridge.faults.FaultFixtures.NOON;
import static id.laporbridge.faults.FaultFixtures.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A record with a value longer than its store column, from either upstream, is quarantined with its id, field and
 * rule. The other records of its page are stored and mirrored or answered, later polls of the listing keep working,
 * and no log line carries the long value.
 */
class OverlongFieldIsQuarantinedIT {

    /** 40 characters, against the 32 of complaint.channel. */
    private static final String LONG_CHANNEL = "kanal-uji-terlalu-panjang-Qz7Wm2Xv9Kp4Rt";
    /** 401 characters, against the 400 of complaint_message.author. */
    private static final String LONG_AUTHOR = "Operator-Jb5Nc8Hs".repeat(23) + "x".repeat(10);
    /** Another institution of config/opd-map.yaml, mapped to a different OPD than {@link FaultFixtures#INSTITUTION}. */
    private static final String DINKES = "3404003";

    @TempDir
    Path folder;

    @Test
    void overlongChannelQuarantinedRestMirrored() throws Exception {
        assertThat(LONG_CHANNEL).hasSize(40);
        try (LogCapture logs = LogCapture.everything();
             BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("8101").put("channel", LONG_CHANNEL));
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("8102"));
            harness.start();

            FaultFixtures.awaitMirrored(harness, "8102");
            await().atMost(WAIT).until(() -> harness.count("SELECT COUNT(*) FROM quarantine") == 1);

            assertThat(quarantined(harness)).containsExactly(
                    new Quarantined("sp4n", "8101", "channel", "longer than 32 characters (got 40)"));
            assertThat(FaultFixtures.stored(harness, "sp4n", "8101")).isZero();
            assertThat(harness.mock().laporBantul().aduanByRefSp4n("8101")).isEmpty();
            assertThat(harness.count("SELECT COUNT(*) FROM poll_cursor WHERE source = 'sp4n' AND listing = ? "
                    + "AND upstream_id = '8102'", INSTITUTION)).as("cursor moved past the page").isEqualTo(1);

            harness.mock().sp4n().putComplaint(Sp4nComplaints.complaint("8103", INSTITUTION, "Aduan 8103",
                    "Isi aduan 8103", NOON.plusHours(1)));
            FaultFixtures.awaitMirrored(harness, "8103");

            assertThat(logs.messages(Level.WARN, "Record quarantined")).containsExactly(
                    "Record quarantined source=sp4n id=8101 field=channel rule=\"longer than 32 characters (got 40)\"");
            assertThat(logs.messages(Level.WARN, "Poll failed")).isEmpty();
            assertThat(logs.texts()).noneMatch(text -> text.contains(LONG_CHANNEL));
            assertThat(h2Trace()).doesNotContain(LONG_CHANNEL.substring(0, 20));
        }
    }

    @Test
    void overlongTanggapanAuthorQuarantinedRestAnswered() throws Exception {
        assertThat(LONG_AUTHOR).hasSize(401);
        try (LogCapture logs = LogCapture.everything();
             BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("8201"));
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("8202"));
            harness.start();
            FaultFixtures.awaitMirrored(harness, "8201");
            FaultFixtures.awaitMirrored(harness, "8202");
            long overlongAduan = harness.mock().laporBantul().aduanByRefSp4n("8201").orElseThrow().get("id")
                    .asLong();

            harness.mock().laporBantul().addTanggapan(overlongAduan, "sementara", "Jawaban sementara 8201",
                    LONG_AUTHOR);
            String answer = FaultFixtures.answer(harness, "8202", "Jawaban sementara 8202");
            await().atMost(WAIT).until(() -> FaultFixtures.followupsWithContent(harness, "8202", answer) == 1);
            await().atMost(WAIT).until(() -> harness.count("SELECT COUNT(*) FROM quarantine") == 1);

            assertThat(quarantined(harness)).containsExactly(new Quarantined("lapor-bantul",
                    String.valueOf(overlongAduan), "tanggapan[].oleh", "longer than 400 characters (got 401)"));
            assertThat(FaultFixtures.followupsWithContent(harness, "8201", "Jawaban sementara 8201")).isZero();
            assertThat(harness.count("SELECT COUNT(*) FROM complaint_message WHERE body = ?",
                    "Jawaban sementara 8201")).isZero();
            assertThat(logs.messages(Level.WARN, "Poll failed")).isEmpty();
            assertThat(logs.texts()).noneMatch(text -> text.contains(LONG_AUTHOR.substring(0, 40)));
            assertThat(h2Trace()).doesNotContain(LONG_AUTHOR.substring(0, 40));
        }
    }

    /**
     * SP4N-LAPOR! disposes a mirrored complaint to another mapped institution, with a disposition time of 300
     * characters. The routing item's idempotency key is built from it and is longer than its column, which no check
     * before the write covers, so the store raises a data error in the decide stage.
     */
    @Test
    void decideStageDataErrorQuarantinesRecord() throws Exception {
        String longTime = "2026-12-03 13:00:00".repeat(15) + "x".repeat(15);
        try (LogCapture logs = LogCapture.everything();
             BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("8301"));
            harness.start();
            FaultFixtures.awaitMirrored(harness, "8301");

            ObjectNode moved = harness.mock().sp4n().complaint("8301");
            ArrayNode dispositions = (ArrayNode) moved.get("dispositions");
            dispositions.addObject().put("institution_id", DINKES).put("at", longTime).put("reason", "salah");
            moved.put("institution_id", DINKES).put("updated_at", Sp4nComplaints.WIB_TEXT.format(NOON.plusHours(1)));
            harness.mock().sp4n().putComplaint(moved);
            harness.mock().sp4n().putComplaint(Sp4nComplaints.complaint("8302", DINKES, "Aduan 8302",
                    "Isi aduan 8302", NOON.plusHours(2)));
            FaultFixtures.awaitMirrored(harness, "8302");
            await().atMost(WAIT).until(() -> harness.count("SELECT COUNT(*) FROM quarantine") == 1);

            assertThat(quarantined(harness)).containsExactly(new Quarantined("sp4n", "8301", "store",
                    "failed to store (SQLState 22001) in column idempotency_key"));
            assertThat(harness.count("SELECT COUNT(*) FROM complaint WHERE upstream_id = '8301' AND org_code = ?",
                    INSTITUTION)).as("the stored version stays").isEqualTo(1);
            assertThat(harness.count("SELECT COUNT(*) FROM outbox_item WHERE action = 'route-aduan'")).isZero();
            assertThat(logs.messages(Level.WARN, "Poll failed")).isEmpty();
            assertThat(logs.texts()).noneMatch(text -> text.contains(longTime));
            assertThat(h2Trace()).as("H2 trace file").doesNotContain(longTime.substring(0, 38));
        }
    }

    /** Returns the text of the store's H2 trace file, or nothing when H2 wrote none. */
    private String h2Trace() throws IOException {
        Path trace = folder.resolve("store.trace.db");
        return Files.exists(trace) ? Files.readString(trace) : "";
    }

    private static List<Quarantined> quarantined(BridgeHarness harness) {
        return harness.query(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT source, upstream_id, field, rule FROM quarantine ORDER BY id");
                 ResultSet rows = select.executeQuery()) {
                List<Quarantined> records = new ArrayList<>();
                while (rows.next()) {
                    records.add(new Quarantined(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4)));
                }
                return records;
            }
        });
    }

    private record Quarantined(String source, String upstreamId, String field, String rule) {
    }
}
