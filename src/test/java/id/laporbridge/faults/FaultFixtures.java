package id.laporbridge.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.mock.RecordedCall;
import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.Sp4nComplaints;

import java.time.Duration;
import java.time.LocalDateTime;

import static org.awaitility.Awaitility.await;

/** Paths, complaints and waits that the fault tests share. */
final class FaultFixtures {

    static final String GET_COMPLAINTS = "/api/services/f01/getcomplaints";
    static final String GET_COMPLAINT = "/api/services/f01/getcomplaint";
    static final String ADD_FOLLOWUP = "/api/services/f02/addfollowup";
    static final String ADUAN = "/api/v1/aduan";
    /** An institution that config/opd-map.yaml polls and maps to a Lapor Bantul OPD. */
    static final String INSTITUTION = "3404002";
    static final LocalDateTime NOON = LocalDateTime.of(2026, 12, 3, 12, 0);
    static final Duration WAIT = Duration.ofSeconds(30);

    private FaultFixtures() {
    }

    static ObjectNode complaint(String trackingId) {
        return Sp4nComplaints.complaint(trackingId, INSTITUTION, "Aduan " + trackingId, "Isi aduan " + trackingId,
                NOON);
    }

    static void awaitMirrored(BridgeHarness harness, String trackingId) {
        await().atMost(WAIT).until(() -> harness.mock().laporBantul().aduanByRefSp4n(trackingId).isPresent());
    }

    /** Posts an OPD answer on the aduan mirrored from {@code trackingId} and returns its text. */
    static String answer(BridgeHarness harness, String trackingId, String text) {
        long aduanId = harness.mock().laporBantul().aduanByRefSp4n(trackingId).orElseThrow().get("id").asLong();
        harness.mock().laporBantul().addTanggapan(aduanId, "sementara", text, "Operator OPD");
        return text;
    }

    static long followupsWithContent(BridgeHarness harness, String trackingId, String content) {
        long count = 0;
        for (var followup : harness.mock().sp4n().followups(trackingId)) {
            if (content.equals(followup.path("content").asText())) {
                count++;
            }
        }
        return count;
    }

    static long calls(BridgeHarness harness, String path) {
        long sp4n = harness.mock().sp4n().calls().stream().filter(call -> call.path().equals(path)).count();
        long laporBantul = harness.mock().laporBantul().calls().stream()
                .filter((RecordedCall call) -> call.path().equals(path)).count();
        return sp4n + laporBantul;
    }

    static long posts(BridgeHarness harness, String path) {
        return harness.mock().laporBantul().calls().stream()
                .filter(call -> call.method().equals("POST") && call.path().equals(path)).count();
    }

    static long stored(BridgeHarness harness, String source, String upstreamId) {
        return harness.count("SELECT COUNT(*) FROM complaint WHERE source = ? AND upstream_id = ?", source,
                upstreamId);
    }

    static long outbox(BridgeHarness harness, String action, String state) {
        return harness.count("SELECT COUNT(*) FROM outbox_item WHERE action = ? AND state = ?", action, state);
    }
}
