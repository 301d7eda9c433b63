package id.laporbridge.it;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.Sp4nComplaints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

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

/** Status changes through the status maps: forwards only, once, and never for a status the maps do not name. */
class StatusSyncIT {

    private static final String PUPR = "3404002";
    private static final LocalDateTime NOON = LocalDateTime.of(2026, 12, 3, 12, 0);
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void sp4nClosingClosesAduanOnceAcrossRestart() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(Sp4nComplaints.complaint("7701", PUPR, "Pohon tumbang",
                    "Pohon tumbang menutup jalan", NOON));
            harness.set("bridge.outbox.backoff-seconds", "3").start();
            long aduanId = awaitMirrored(harness, "7701");
            String statusPath = "/api/v1/aduan/" + aduanId + "/status";

            harness.mock().failNext(statusPath, 503, 1);
            harness.mock().sp4n().setStatus("7701", "SELESAI");
            awaitFailedAttempt(harness, "set-status");
            harness.restart();
            awaitDone(harness, "set-status");

            JsonNode aduan = harness.mock().laporBantul().aduan(aduanId);
            assertThat(aduan.get("status").asText()).isEqualTo("selesai");
            assertThat(laporBantulCalls(harness, "POST", statusPath)).hasSize(1);

            ObjectNode older = harness.mock().sp4n().complaint("7701");
            older.put("status", "TERDISPOSISI").put("updated_at", "2026-12-03 12:00:00");
            harness.mock().sp4n().putComplaint(older);
            replayWindow(harness);
            assertThat(harness.mock().laporBantul().aduan(aduanId).get("status").asText()).isEqualTo("selesai");
            assertThat(laporBantulCalls(harness, "POST", statusPath)).hasSize(1);
            assertThat(outboxItems(harness, "set-status")).isEqualTo(1);
            assertThat(harness.mock().sp4n().rejectDispositionCalls()).isEmpty();
            assertThat(harness.mock().sp4n().addFollowupCalls()).isZero();
        }
    }

    @Test
    void unknownStatusIsQuarantinedAndLoggedOnce() throws Exception {
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        Logger pageWriter = (Logger) LoggerFactory.getLogger("id.laporbridge.store.PageWriter");
        pageWriter.addAppender(logs);
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            for (String trackingId : List.of("7702", "7703")) {
                ObjectNode complaint = Sp4nComplaints.complaint(trackingId, PUPR, "Status baru", "Isi", NOON);
                harness.mock().sp4n().putComplaint(complaint.put("status", "DIPROSES_ULANG"));
            }
            harness.start();
            await().atMost(WAIT).until(() -> seenCount(harness) == 2);
            harness.mock().sp4n().touch("7702");
            await().atMost(WAIT).until(() -> seenCount(harness) == 3);
            harness.awaitPolls(1);

            assertThat(harness.count("SELECT COUNT(*) FROM complaint WHERE source = 'sp4n'")).isZero();
            assertThat(harness.mock().laporBantul().aduanList()).isEmpty();
        } finally {
            pageWriter.detachAppender(logs);
        }
        List<String> warnings;
        synchronized (logs) {
            warnings = logs.list.stream().map(ILoggingEvent::getFormattedMessage)
                    .filter(line -> line.startsWith("Status unknown")).toList();
        }
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("status=\"DIPROSES_ULANG\"", "source=sp4n");
    }

    private static long seenCount(BridgeHarness harness) {
        return harness.count("SELECT COALESCE(SUM(seen_count), 0) FROM unknown_status "
                + "WHERE source = 'sp4n' AND status = 'DIPROSES_ULANG'");
    }
}
