package id.laporbridge.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.mock.RecordedCall;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** Steps shared by the tests of routing, replies, status changes and rejections across the bridge. */
public final class Conversations {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private Conversations() {
    }

    /** Loads the Lapor Bantul OPD list that the OPD map names, so that the mock accepts routings to them. */
    public static void seedOpdList(BridgeHarness harness, Path folder) throws IOException {
        Path seed = folder.resolve("opd-seed.json");
        Files.writeString(seed, """
                {"laporBantul": {"opd": [
                  {"kode": "12500", "nama": "Dinas Komunikasi dan Informatika", "singkatan": "Diskominfo"},
                  {"kode": "10200", "nama": "Dinas Pekerjaan Umum, Perumahan dan Kawasan Permukiman",
                   "singkatan": "DPUPKP"},
                  {"kode": "10300", "nama": "Dinas Kesehatan", "singkatan": "Dinkes"}
                ]}}
                """);
        harness.mock().seed(seed);
    }

    /** Waits until the complaint is mirrored and linked in the store; returns the aduan id. */
    public static long awaitMirrored(BridgeHarness harness, String trackingId) {
        await().atMost(WAIT).until(() -> harness.count(
                "SELECT COUNT(*) FROM complaint_link WHERE sp4n_tracking_id = ?", trackingId) == 1);
        ObjectNode aduan = harness.mock().laporBantul().aduanByRefSp4n(trackingId).orElseThrow();
        return aduan.get("id").asLong();
    }

    /** Counts the outbox items of one action, in any state. */
    public static long outboxItems(BridgeHarness harness, String action) {
        return harness.count("SELECT COUNT(*) FROM outbox_item WHERE action = ?", action);
    }

    public static long outboxItems(BridgeHarness harness, String action, String state) {
        return harness.count("SELECT COUNT(*) FROM outbox_item WHERE action = ? AND state = ?", action, state);
    }

    /** Waits until the item of an action has failed at least once and waits for its next attempt. */
    public static void awaitFailedAttempt(BridgeHarness harness, String action) {
        await().atMost(WAIT).until(() -> harness.count("SELECT COUNT(*) FROM outbox_item WHERE action = ? "
                + "AND state = 'pending' AND attempts >= 1", action) == 1);
    }

    /** Waits until every item of an action is done. */
    public static void awaitDone(BridgeHarness harness, String action) {
        await().atMost(WAIT).until(() -> outboxItems(harness, action) > 0
                && outboxItems(harness, action, "done") == outboxItems(harness, action));
    }

    /** Returns the successful Lapor Bantul calls of one method and path. */
    public static List<RecordedCall> laporBantulCalls(BridgeHarness harness, String method, String path) {
        return harness.mock().laporBantul().calls().stream()
                .filter(call -> call.method().equals(method) && call.path().equals(path))
                .filter(call -> call.status() < 300)
                .toList();
    }

    /**
     * Reads the same window again: drops the listing cursors, so both polls start from the beginning, and waits
     * for two more complete polls.
     */
    public static void replayWindow(BridgeHarness harness) {
        harness.query(connection -> connection.createStatement().executeUpdate("DELETE FROM poll_cursor"));
        harness.awaitPolls(2);
    }
}
