package id.laporbridge.it;

import com.fasterxml.jackson.databind.JsonNode;
import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.Sp4nComplaints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static id.laporbridge.support.Conversations.awaitDone;
import static id.laporbridge.support.Conversations.awaitFailedAttempt;
import static id.laporbridge.support.Conversations.awaitMirrored;
import static id.laporbridge.support.Conversations.outboxItems;
import static id.laporbridge.support.Conversations.replayWindow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reporter replies on SP4N-LAPOR! reach the mirrored aduan once, without the reporter's identity. */
class ReporterReplyIT {

    private static final String PUPR = "3404002";
    private static final LocalDateTime NOON = LocalDateTime.of(2026, 12, 3, 12, 0);
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void replyBecomesPelaporTanggapanOnceAcrossRestart() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(Sp4nComplaints.anonymous(Sp4nComplaints.complaint("7601", PUPR,
                    "Jembatan retak", "Jembatan dusun retak", NOON)));
            harness.set("bridge.outbox.backoff-seconds", "3").start();
            long aduanId = awaitMirrored(harness, "7601");
            String tanggapanPath = "/api/v1/aduan/" + aduanId + "/tanggapan";

            harness.mock().failNextAfterApplying(tanggapanPath, 503, 1);
            harness.mock().sp4n().addReporterReply("7601", "Retaknya makin lebar, mohon segera");
            awaitFailedAttempt(harness, "add-tanggapan");
            harness.restart();
            awaitDone(harness, "add-tanggapan");

            List<JsonNode> replies = pelaporTanggapan(harness, aduanId);
            assertThat(replies).hasSize(1);
            assertThat(replies.get(0).get("isi").asText()).isEqualTo("Retaknya makin lebar, mohon segera");
            assertThat(replies.get(0).get("oleh").asText()).isEqualTo("Pelapor");
            assertThat(replies.get(0).get("client_ref").asText()).startsWith("lapor-bridge:followup:7601:");

            harness.mock().sp4n().touch("7601");
            replayWindow(harness);
            assertThat(pelaporTanggapan(harness, aduanId)).hasSize(1);
            assertThat(outboxItems(harness, "add-tanggapan")).isEqualTo(1);
            assertThat(harness.mock().sp4n().addFollowupCalls()).as("no reply echoed to SP4N-LAPOR!").isZero();
        }
    }

    @Test
    void appReplyStaysInLaporBantul() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(Sp4nComplaints.complaint("7602", PUPR, "Drainase",
                    "Drainase meluap", NOON));
            harness.start();
            long aduanId = awaitMirrored(harness, "7602");

            harness.mock().laporBantul().addTanggapan(aduanId, "pelapor", "Masih meluap", "warga");
            await().atMost(WAIT).until(() -> harness.count("SELECT COUNT(*) FROM complaint_message m "
                    + "JOIN complaint c ON c.id = m.complaint_id WHERE c.source = 'lapor-bantul' "
                    + "AND m.kind = 'pelapor'") == 1);
            harness.awaitPolls(2);

            assertThat(harness.mock().sp4n().addFollowupCalls()).isZero();
            assertThat(outboxItems(harness, "add-followup")).isZero();
        }
    }

    @Test
    void replyRestartsAnswerClocksOnBothSides() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(Sp4nComplaints.complaint("7603", PUPR, "Trotoar rusak",
                    "Trotoar di depan pasar rusak", NOON));
            harness.set("bridge.sla.check-cron", "* * * * * ?").start();
            long aduanId = awaitMirrored(harness, "7603");
            harness.mock().laporBantul().addTanggapan(aduanId, "akhir", "Sudah diperbaiki", "operator-pupr");
            await().atMost(WAIT).until(() -> harness.mock().sp4n().addFollowupCalls() == 1);

            harness.mock().sp4n().addReporterReply("7603", "Belum diperbaiki sama sekali");
            awaitDone(harness, "add-tanggapan");

            await().atMost(WAIT).until(() -> runningClocks(harness, "sp4n", "7603", "national-follow-up") == 1);
            await().atMost(WAIT).until(() -> runningClocks(harness, "lapor-bantul", Long.toString(aduanId),
                    "lapor-bantul-reply-answer-48h") == 1);
            assertThat(harness.count("SELECT COUNT(*) FROM sla_clock k JOIN complaint c ON c.id = k.complaint_id "
                    + "WHERE c.upstream_id = '7603' AND k.rule_id = 'national-follow-up'"))
                    .as("follow-up clocks: the first, met by the answer, and at least one the reply started, "
                            + "depending on whether a poll saw the reply's status and message apart")
                    .isGreaterThanOrEqualTo(2);
        }
    }

    private static long runningClocks(BridgeHarness harness, String source, String upstreamId, String ruleId) {
        return harness.count("SELECT COUNT(*) FROM sla_clock k JOIN complaint c ON c.id = k.complaint_id "
                + "WHERE c.source = ? AND c.upstream_id = ? AND k.rule_id = ? AND k.outcome = 'running'",
                source, upstreamId, ruleId);
    }

    private static List<JsonNode> pelaporTanggapan(BridgeHarness harness, long aduanId) {
        List<JsonNode> replies = new ArrayList<>();
        for (JsonNode tanggapan : harness.mock().laporBantul().aduan(aduanId).get("tanggapan")) {
            if (tanggapan.get("jenis").asText().equals("pelapor")) {
                replies.add(tanggapan);
            }
        }
        return replies;
    }
}
