package id.laporbridge.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.mock.RecordedCall;
import id.laporbridge.store.Database;
import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.Sp4nComplaints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static id.laporbridge.faults.FaultFixtures.ADD_FOLLOWUP;
import static id.laporbridge.faults.FaultFixtures.GET_COMPLAINT;
import static id.laporbridge.faults.FaultFixtures.GET_COMPLAINTS;
import static id.laporbridge.faults.FaultFixtures.INSTITUTION;
import static id.laporbridge.faults.FaultFixtures.NOON;
import static id.laporbridge.faults.FaultFixtures.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An operator stops the bridge and rewinds every listing cursor to the year 2000, so the next polls read both
 * upstreams' whole history again, page by page. Nothing changes: the counts of complaints, history, messages,
 * links and outbox items stay, and no write call reaches either upstream.
 */
class WindowReplayChangesNothingIT {

    private static final List<String> TRACKING_IDS = List.of("7931", "7932", "7933", "7934", "7935");
    /** The rewound cursor minus the 120 s overlap, as each listing writes its updated_since. */
    private static final String SP4N_REPLAY_SINCE = "2000-01-01 06:58:00";
    private static final String LAPOR_BANTUL_REPLAY_SINCE = "1999-12-31T23:58:00Z";

    @TempDir
    Path folder;

    @Test
    void replayedWindowChangesNothing() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            for (int i = 0; i < TRACKING_IDS.size(); i++) {
                String trackingId = TRACKING_IDS.get(i);
                harness.mock().sp4n().putComplaint(Sp4nComplaints.complaint(trackingId, INSTITUTION,
                        "Aduan " + trackingId, "Isi aduan " + trackingId, NOON.minusHours(TRACKING_IDS.size() - i)));
            }
            ObjectNode ownAduan = new ObjectMapper().createObjectNode()
                    .put("judul", "Jalan berlubang").put("isi", "Di depan balai kalurahan").put("sumber", "android");
            ownAduan.putObject("opd").put("kode", "10200");
            harness.mock().laporBantul().createAduan(ownAduan);
            harness.set("bridge.sp4n.page-size", "2").set("bridge.lapor-bantul.page-size", "2").start();
            TRACKING_IDS.forEach(trackingId -> FaultFixtures.awaitMirrored(harness, trackingId));
            String answer = FaultFixtures.answer(harness, "7932", "Jawaban sebelum pemutaran ulang");
            await().atMost(WAIT).until(() -> FaultFixtures.followupsWithContent(harness, "7932", answer) == 1);
            await().atMost(WAIT).until(() -> harness.count(
                    "SELECT COUNT(*) FROM outbox_item WHERE state <> 'done'") == 0);
            harness.awaitPolls(2);
            Map<String, Long> before = counts(harness);
            harness.stop();

            int rewound = rewindCursors(harness.jdbcUrl());
            int sp4nCallsBefore = harness.mock().sp4n().calls().size();
            int laporBantulCallsBefore = harness.mock().laporBantul().calls().size();
            harness.start();
            await().atMost(WAIT).until(() -> replayed(harness.mock().sp4n().calls(), sp4nCallsBefore,
                    GET_COMPLAINTS, SP4N_REPLAY_SINCE, "3"));
            await().atMost(WAIT).until(() -> replayed(harness.mock().laporBantul().calls(), laporBantulCallsBefore,
                    FaultFixtures.ADUAN, LAPOR_BANTUL_REPLAY_SINCE, "1"));
            harness.awaitPolls(2);
            Map<String, Long> after = counts(harness);

            assertThat(rewound).as("cursor rows rewound").isGreaterThanOrEqualTo(2);
            assertThat(after).as("store rows and upstream calls after the replay").isEqualTo(before);
            assertThat(harness.count("SELECT COUNT(*) FROM outbox_item WHERE state <> 'done'"))
                    .as("outbox items not done").isZero();
            assertThat(FaultFixtures.followupsWithContent(harness, "7932", answer)).as("follow-ups").isEqualTo(1);
        }
    }

    /** Counts the store's rows and every upstream call that reads one complaint or writes. */
    private static Map<String, Long> counts(BridgeHarness harness) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("complaint", "status_event", "complaint_message", "complaint_link",
                "outbox_item", "quarantine")) {
            counts.put(table, harness.count("SELECT COUNT(*) FROM " + table));
        }
        counts.put("latest last_changed_at, ms after 2000", harness.count("SELECT DATEDIFF('MILLISECOND', "
                + "TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00', MAX(last_changed_at)) FROM complaint"));
        counts.put("addfollowup calls", FaultFixtures.calls(harness, ADD_FOLLOWUP));
        counts.put("getcomplaint calls", FaultFixtures.calls(harness, GET_COMPLAINT));
        counts.put("rejectdisposition calls", FaultFixtures.calls(harness, "/api/services/f02/rejectdisposition"));
        counts.put("Lapor Bantul writes", harness.mock().laporBantul().calls().stream()
                .filter(call -> call.method().equals("POST") && !call.path().equals("/api/v1/auth/token"))
                .count());
        return counts;
    }

    private static int rewindCursors(String jdbcUrl) {
        try (Database database = Database.open(jdbcUrl, 2)) {
            return database.inTransaction(connection -> {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE poll_cursor SET updated_at = TIMESTAMP WITH TIME ZONE '2000-01-01 00:00:00+00'")) {
                    return update.executeUpdate();
                }
            });
        }
    }

    /** Returns true once a listing call made after {@code skip} earlier calls read {@code page} from the start. */
    private static boolean replayed(List<RecordedCall> calls, int skip, String path, String since, String page) {
        return calls.stream().skip(skip).anyMatch(call -> call.path().equals(path) && call.method().equals(
                path.equals(GET_COMPLAINTS) ? "POST" : "GET") && since.equals(call.params().get("updated_since"))
                && page.equals(call.params().get("page")) && call.status() == 200);
    }
}
