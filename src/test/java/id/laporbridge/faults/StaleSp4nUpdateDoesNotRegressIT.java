package id.laporbridge.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.Sp4nComplaints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneOffset;

import static id.laporbridge.faults.FaultFixtures.NOON;
import static id.laporbridge.faults.FaultFixtures.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SP4N-LAPOR! serves an older version of a closed complaint inside the poll's overlap window, as a lagging replica
 * would. The poll route records its status in history as not applied, and the complaint stays closed: no status
 * change, no new outbox item and no call to Lapor Bantul follows.
 */
class StaleSp4nUpdateDoesNotRegressIT {

    private static final String TRACKING_ID = "7910";
    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    @TempDir
    Path folder;

    @Test
    void olderUpdateGoesToHistoryOnly() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            ObjectNode closed = FaultFixtures.complaint(TRACKING_ID).put("status", "SELESAI");
            harness.mock().sp4n().putComplaint(closed);
            harness.start();
            FaultFixtures.awaitMirrored(harness, TRACKING_ID);
            await().atMost(WAIT).until(() -> FaultFixtures.outbox(harness, "set-status", "done") == 1);
            long aduanId = harness.mock().laporBantul().aduanByRefSp4n(TRACKING_ID).orElseThrow().get("id").asLong();
            String statusPath = FaultFixtures.ADUAN + "/" + aduanId + "/status";
            long outboxBefore = harness.count("SELECT COUNT(*) FROM outbox_item");
            long statusCallsBefore = FaultFixtures.posts(harness, statusPath);

            // One minute older than the stored version, so inside the 120 s overlap that every poll reads again.
            ObjectNode older = FaultFixtures.complaint(TRACKING_ID)
                    .put("updated_at", Sp4nComplaints.WIB_TEXT.format(NOON.minusMinutes(1)));
            harness.mock().sp4n().putComplaint(older);
            await().atMost(WAIT).until(() -> staleEvents(harness) == 1);
            harness.awaitPolls(2);

            assertThat(column(harness, "status")).as("stored status").isEqualTo("SELESAI");
            assertThat(column(harness, "stage")).as("stored stage").isEqualTo("closed");
            assertThat(harness.count("SELECT COUNT(*) FROM complaint WHERE upstream_id = ? AND upstream_updated_at = ?",
                    TRACKING_ID, NOON.atOffset(WIB))).as("complaints still at the newer update time").isEqualTo(1);
            assertThat(staleEvents(harness)).as("not-applied history entries after more polls").isEqualTo(1);
            assertThat(harness.count("SELECT COUNT(*) FROM status_event e JOIN complaint c ON c.id = e.complaint_id "
                    + "WHERE c.upstream_id = ? AND e.applied", TRACKING_ID)).as("applied history entries")
                    .isEqualTo(1);
            assertThat(harness.count("SELECT COUNT(*) FROM outbox_item")).as("outbox items")
                    .isEqualTo(outboxBefore);
            assertThat(FaultFixtures.posts(harness, statusPath)).as("status calls").isEqualTo(statusCallsBefore);
            assertThat(FaultFixtures.posts(harness, FaultFixtures.ADUAN)).as("aduan creations").isEqualTo(1);
            assertThat(harness.mock().laporBantul().aduan(aduanId).get("status").asText()).isEqualTo("selesai");
        }
    }

    /**
     * SP4N-LAPOR! first sends the closed complaint again with only a newer updated_at, then an open version whose
     * updated_at lies between the two: that version is older than the newest one seen and must not reopen it.
     */
    @Test
    void olderUpdateAfterResendGoesToHistoryOnly() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint(TRACKING_ID).put("status", "SELESAI"));
            harness.start();
            await().atMost(WAIT).until(() -> FaultFixtures.outbox(harness, "set-status", "done") == 1);
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint(TRACKING_ID).put("status", "SELESAI")
                    .put("updated_at", Sp4nComplaints.WIB_TEXT.format(NOON.plusMinutes(2))));
            await().atMost(WAIT).until(() -> harness.count("SELECT COUNT(*) FROM poll_cursor WHERE source = 'sp4n' "
                    + "AND updated_at = ?", NOON.plusMinutes(2).atOffset(WIB)) == 1);
            long outboxBefore = harness.count("SELECT COUNT(*) FROM outbox_item");

            harness.mock().sp4n().putComplaint(FaultFixtures.complaint(TRACKING_ID)
                    .put("updated_at", Sp4nComplaints.WIB_TEXT.format(NOON.plusMinutes(1))));
            await().atMost(WAIT).until(() -> staleEvents(harness) == 1);
            harness.awaitPolls(1);

            assertThat(column(harness, "status")).as("stored status").isEqualTo("SELESAI");
            assertThat(harness.count("SELECT COUNT(*) FROM outbox_item")).as("outbox items")
                    .isEqualTo(outboxBefore);
        }
    }

    private static long staleEvents(BridgeHarness harness) {
        return harness.count("SELECT COUNT(*) FROM status_event e JOIN complaint c ON c.id = e.complaint_id "
                + "WHERE c.source = 'sp4n' AND c.upstream_id = ? AND e.status = 'TERDISPOSISI' AND NOT e.applied",
                TRACKING_ID);
    }

    private static String column(BridgeHarness harness, String expression) {
        return harness.query(connection -> {
            try (var select = connection.prepareStatement("SELECT " + expression
                    + " FROM complaint WHERE source = 'sp4n' AND upstream_id = ?")) {
                select.setString(1, TRACKING_ID);
                try (var rows = select.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            }
        });
    }
}
