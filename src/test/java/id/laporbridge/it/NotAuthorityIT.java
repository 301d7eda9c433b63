package id.laporbridge.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.Sp4nComplaints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import static id.laporbridge.support.Conversations.awaitDone;
import static id.laporbridge.support.Conversations.awaitFailedAttempt;
import static id.laporbridge.support.Conversations.awaitMirrored;
import static id.laporbridge.support.Conversations.laporBantulCalls;
import static id.laporbridge.support.Conversations.outboxItems;
import static id.laporbridge.support.Conversations.replayWindow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Complaints that are not the regency's authority, marked in Lapor Bantul or on SP4N-LAPOR!. */
class NotAuthorityIT {

    private static final String PUPR = "3404002";
    private static final LocalDateTime NOON = LocalDateTime.of(2026, 12, 3, 12, 0);
    private static final String REJECT_PATH = "/api/services/f02/rejectdisposition";

    @TempDir
    Path folder;

    @Test
    void opdRejectionRejectsDispositionOnceAcrossRestart() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(Sp4nComplaints.complaint("7501", PUPR, "Sertifikat tanah",
                    "Sertifikat tanah belum terbit", NOON));
            harness.set("bridge.outbox.backoff-seconds", "3").start();
            long aduanId = awaitMirrored(harness, "7501");

            harness.mock().failNext(REJECT_PATH, 503, 1);
            String reason = "Bukan kewenangan Pemkab Bantul, urusan kantor pertanahan";
            harness.mock().laporBantul().setStatus(aduanId, "ditolak", "operator-pupr", reason);
            awaitFailedAttempt(harness, "reject-disposition");
            harness.restart();
            awaitDone(harness, "reject-disposition");

            List<ObjectNode> rejections = harness.mock().sp4n().rejectDispositionCalls();
            assertThat(rejections).hasSize(1);
            assertThat(rejections.get(0).get("reason").asText()).isEqualTo(reason);
            assertThat(harness.mock().sp4n().complaint("7501").get("status").asText()).isEqualTo("BUKAN_WEWENANG");

            await().atMost(Duration.ofSeconds(30)).until(() -> sp4nStatus(harness, "7501").equals("BUKAN_WEWENANG"));
            harness.mock().sp4n().touch("7501");
            replayWindow(harness);
            assertThat(harness.mock().sp4n().rejectDispositionCalls()).hasSize(1);
            assertThat(outboxItems(harness, "reject-disposition")).isEqualTo(1);
            assertThat(outboxItems(harness, "set-status")).as("no close of the aduan echoed back").isZero();
            assertThat(harness.mock().laporBantul().aduan(aduanId).get("status").asText()).isEqualTo("ditolak");
        }
    }

    @Test
    void rejectionForOtherReasonStaysInLaporBantul() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(Sp4nComplaints.complaint("7502", PUPR, "Aduan tidak jelas",
                    "Isi aduan kurang lengkap", NOON));
            harness.start();
            long aduanId = awaitMirrored(harness, "7502");

            harness.mock().laporBantul().setStatus(aduanId, "ditolak", "operator-pupr", "Aduan tidak lengkap");
            await().atMost(Duration.ofSeconds(30)).until(() -> aduanStatus(harness, aduanId).equals("ditolak"));
            harness.awaitPolls(2);

            assertThat(outboxItems(harness, "reject-disposition")).isZero();
            assertThat(harness.mock().sp4n().rejectDispositionCalls()).isEmpty();
        }
    }

    @Test
    void sp4nNotAuthorityClosesAduanWithReasonOnce() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(Sp4nComplaints.complaint("7503", PUPR, "Jalan nasional",
                    "Jalan nasional berlubang", NOON));
            harness.start();
            long aduanId = awaitMirrored(harness, "7503");

            harness.mock().sp4n().setStatus("7503", "BUKAN_WEWENANG");
            awaitDone(harness, "set-status");

            JsonNode aduan = harness.mock().laporBantul().aduan(aduanId);
            assertThat(aduan.get("status").asText()).isEqualTo("ditolak");
            JsonNode last = aduan.get("riwayat").get(aduan.get("riwayat").size() - 1);
            assertThat(last.get("catatan").asText()).contains("Bukan wewenang", "BUKAN_WEWENANG");

            await().atMost(Duration.ofSeconds(30)).until(() -> aduanStatus(harness, aduanId).equals("ditolak"));
            replayWindow(harness);
            assertThat(outboxItems(harness, "reject-disposition")).as("no rejection echoed back").isZero();
            assertThat(harness.mock().sp4n().rejectDispositionCalls()).isEmpty();
            assertThat(laporBantulCalls(harness, "POST", "/api/v1/aduan/" + aduanId + "/status")).hasSize(1);
        }
    }

    private static String sp4nStatus(BridgeHarness harness, String trackingId) {
        return storedStatus(harness, "sp4n", trackingId);
    }

    private static String aduanStatus(BridgeHarness harness, long aduanId) {
        return storedStatus(harness, "lapor-bantul", Long.toString(aduanId));
    }

    static String storedStatus(BridgeHarness harness, String source, String upstreamId) {
        return harness.query(connection -> {
            try (var select = connection.prepareStatement(
                    "SELECT status FROM complaint WHERE source = ? AND upstream_id = ?")) {
                select.setString(1, source);
                select.setString(2, upstreamId);
                try (var rows = select.executeQuery()) {
                    return rows.next() ? rows.getString(1) : "";
                }
            }
        });
    }
}
