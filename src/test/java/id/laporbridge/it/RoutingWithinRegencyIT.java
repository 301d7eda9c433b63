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

import static id.laporbridge.support.Conversations.awaitDone;
import static id.laporbridge.support.Conversations.awaitFailedAttempt;
import static id.laporbridge.support.Conversations.awaitMirrored;
import static id.laporbridge.support.Conversations.laporBantulCalls;
import static id.laporbridge.support.Conversations.outboxItems;
import static id.laporbridge.support.Conversations.replayWindow;
import static id.laporbridge.support.Conversations.seedOpdList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Complaints routed to another OPD inside the regency, from SP4N-LAPOR! and from Lapor Bantul. */
class RoutingWithinRegencyIT {

    private static final String PUPR = "3404002";
    private static final String DINKES = "3404003";
    private static final LocalDateTime NOON = LocalDateTime.of(2026, 12, 3, 12, 0);

    @TempDir
    Path folder;

    @Test
    void redispositionRoutesAduanOnce() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            seedOpdList(harness, folder);
            harness.mock().sp4n().putComplaint(Sp4nComplaints.complaint("7401", PUPR, "Saluran tersumbat",
                    "Saluran air di depan puskesmas tersumbat", NOON));
            harness.set("bridge.outbox.backoff-seconds", "3").start();
            long aduanId = awaitMirrored(harness, "7401");
            String alihkan = "/api/v1/aduan/" + aduanId + "/alihkan";

            harness.mock().failNextAfterApplying(alihkan, 503, 1);
            harness.mock().sp4n().redispose("7401", DINKES, "Salah disposisi, urusan kesehatan");
            awaitFailedAttempt(harness, "route-aduan");
            harness.restart();
            awaitDone(harness, "route-aduan");

            assertThat(harness.mock().laporBantul().aduan(aduanId).at("/opd/kode").asText()).isEqualTo("10300");
            assertThat(laporBantulCalls(harness, "POST", alihkan)).isEmpty();
            assertThat(harness.mock().laporBantul().calls().stream()
                    .filter(call -> call.path().equals(alihkan))).hasSize(1);
            assertThat(dialihkanEntries(harness, aduanId)).isEqualTo(1);

            ObjectNode changed = harness.mock().sp4n().complaint("7401");
            changed.withArray("attachments").addObject().put("url", "https://contoh.test/a.jpg")
                    .put("name", "a.jpg").put("mime", "image/jpeg");
            harness.mock().sp4n().putComplaint(changed);
            harness.mock().sp4n().touch("7401");
            replayWindow(harness);
            assertThat(outboxItems(harness, "route-aduan")).isEqualTo(1);
            assertThat(harness.mock().laporBantul().calls().stream()
                    .filter(call -> call.path().equals(alihkan))).hasSize(1);
            assertThat(harness.mock().sp4n().rejectDispositionCalls()).isEmpty();
        }
    }

    @Test
    void appRoutingKeepsHistory() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            seedOpdList(harness, folder);
            harness.mock().sp4n().putComplaint(Sp4nComplaints.complaint("7402", PUPR, "Lampu jalan mati",
                    "Lampu jalan di dusun mati seminggu", NOON));
            harness.start();
            long aduanId = awaitMirrored(harness, "7402");
            await().atMost(Duration.ofSeconds(30)).until(() -> aduanOrg(harness, aduanId).equals("10200"));

            harness.mock().laporBantul().setStatus(aduanId, "diterima_operator", "operator-pupr", null);
            harness.mock().laporBantul().routeToOpd(aduanId, "12500", "Urusan Diskominfo", "operator-pupr");
            await().atMost(Duration.ofSeconds(30)).until(() -> aduanOrg(harness, aduanId).equals("12500"));
            harness.mock().sp4n().touch("7402");
            replayWindow(harness);

            assertThat(harness.count("SELECT COUNT(*) FROM status_event e JOIN complaint c ON c.id = e.complaint_id "
                    + "WHERE c.source = 'lapor-bantul' AND c.upstream_id = ?", Long.toString(aduanId)))
                    .as("stored history of the aduan: baru, diterima_operator, dialihkan").isEqualTo(3);
            assertThat(harness.count("SELECT COUNT(*) FROM complaint_link WHERE sp4n_tracking_id = '7402' "
                    + "AND lapor_bantul_id = ?", Long.toString(aduanId))).isEqualTo(1);
            assertThat(outboxItems(harness, "route-aduan")).isZero();
            assertThat(harness.mock().laporBantul().aduan(aduanId).at("/opd/kode").asText()).isEqualTo("12500");
            assertThat(dialihkanEntries(harness, aduanId)).isEqualTo(1);
        }
    }

    private static String aduanOrg(BridgeHarness harness, long aduanId) {
        return harness.query(connection -> {
            try (var select = connection.prepareStatement(
                    "SELECT org_code FROM complaint WHERE source = 'lapor-bantul' AND upstream_id = ?")) {
                select.setString(1, Long.toString(aduanId));
                try (var rows = select.executeQuery()) {
                    return rows.next() ? rows.getString(1) : "";
                }
            }
        });
    }

    private static long dialihkanEntries(BridgeHarness harness, long aduanId) {
        JsonNode riwayat = harness.mock().laporBantul().aduan(aduanId).get("riwayat");
        long count = 0;
        for (JsonNode entry : riwayat) {
            if (entry.path("status").asText().equals("dialihkan")) {
                count++;
            }
        }
        return count;
    }
}
