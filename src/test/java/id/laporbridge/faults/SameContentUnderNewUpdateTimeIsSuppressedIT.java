package id.laporbridge.faults;

import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.Sp4nComplaints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static id.laporbridge.faults.FaultFixtures.ADUAN;
import static id.laporbridge.faults.FaultFixtures.NOON;
import static id.laporbridge.faults.FaultFixtures.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * SP4N-LAPOR! serves a mirrored complaint again with only a new updated_at. The content hash leaves updated_at out,
 * so the record is unchanged: the cursor moves on, but no history entry, message, outbox item or upstream call
 * follows, and the complaint does not count as changed for the SLA check.
 */
class SameContentUnderNewUpdateTimeIsSuppressedIT {

    private static final String TRACKING_ID = "7920";

    @TempDir
    Path folder;

    @Test
    void resendWithNewUpdateTimeChangesNothing() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint(TRACKING_ID));
            harness.start();
            FaultFixtures.awaitMirrored(harness, TRACKING_ID);
            await().atMost(WAIT).until(() -> FaultFixtures.outbox(harness, "create-aduan", "done") == 1);
            harness.awaitPolls(1);
            long aduanId = harness.mock().laporBantul().aduanByRefSp4n(TRACKING_ID).orElseThrow().get("id").asLong();
            Snapshot before = Snapshot.take(harness, aduanId);

            LocalDateTime resentAt = NOON.plusMinutes(5);
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint(TRACKING_ID)
                    .put("updated_at", Sp4nComplaints.WIB_TEXT.format(resentAt)));
            await().atMost(WAIT).until(() -> harness.count("SELECT COUNT(*) FROM poll_cursor WHERE source = 'sp4n' "
                    + "AND upstream_id = ? AND updated_at = ?", TRACKING_ID, resentAt.atOffset(ZoneOffset.ofHours(7)))
                    == 1);
            harness.awaitPolls(2);
            Snapshot after = Snapshot.take(harness, aduanId);

            assertThat(after.historyEntries()).as("status history entries").isEqualTo(before.historyEntries());
            assertThat(after.messages()).as("stored messages").isEqualTo(before.messages());
            assertThat(after.outboxItems()).as("outbox items").isEqualTo(before.outboxItems());
            assertThat(after.lastChangedAt()).as("last_changed_at").isEqualTo(before.lastChangedAt());
            assertThat(after.aduanCreations()).as("aduan creations").isEqualTo(1);
            assertThat(after.statusCalls()).as("aduan status calls").isZero();
            assertThat(after.tanggapanCalls()).as("tanggapan calls").isZero();
        }
    }

    /** What the store holds about the complaint and what Lapor Bantul received for it. */
    private record Snapshot(long historyEntries, long messages, long outboxItems, String lastChangedAt,
                            long aduanCreations, long statusCalls, long tanggapanCalls) {

        static Snapshot take(BridgeHarness harness, long aduanId) {
            String complaint = "(SELECT id FROM complaint WHERE source = 'sp4n' AND upstream_id = ?)";
            String lastChangedAt = harness.query(connection -> {
                try (var select = connection.prepareStatement(
                        "SELECT CAST(last_changed_at AS VARCHAR) FROM complaint WHERE source = 'sp4n' "
                                + "AND upstream_id = ?")) {
                    select.setString(1, TRACKING_ID);
                    try (var rows = select.executeQuery()) {
                        rows.next();
                        return rows.getString(1);
                    }
                }
            });
            return new Snapshot(
                    harness.count("SELECT COUNT(*) FROM status_event WHERE complaint_id = " + complaint, TRACKING_ID),
                    harness.count("SELECT COUNT(*) FROM complaint_message WHERE complaint_id = " + complaint,
                            TRACKING_ID),
                    harness.count("SELECT COUNT(*) FROM outbox_item"),
                    lastChangedAt,
                    FaultFixtures.posts(harness, ADUAN),
                    FaultFixtures.posts(harness, ADUAN + "/" + aduanId + "/status"),
                    FaultFixtures.posts(harness, ADUAN + "/" + aduanId + "/tanggapan"));
        }
    }
}
