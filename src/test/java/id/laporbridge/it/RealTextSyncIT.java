package id.laporbridge.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.mock.RecordedCall;
import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.SharedData;
import id.laporbridge.support.Sp4nComplaints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real complaint text end to end: every row of the shared sample goes into the mock as an SP4N-LAPOR! complaint
 * disposed to a Bantul institution, is mirrored into Lapor Bantul exactly once with identical text, and OPD answers
 * come back as SP4N-LAPOR! follow-ups exactly once, across repeated polls and restarts.
 */
class RealTextSyncIT {

    private static final List<String> INSTITUTIONS =
            List.of("3404001", "3404002", "3404003", "3404004", "3404005", "3404006");

    @TempDir
    Path folder;

    @Test
    void sampleSyncsBothWaysExactlyOnce() throws Exception {
        List<Map<String, String>> rows = SharedData.rows("lapor-complaints-sample.csv");
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            Map<String, String> contentByTrackingId = seed(harness, rows);
            harness.start();

            await().atMost(Duration.ofSeconds(120))
                    .until(() -> harness.mock().laporBantul().aduanList().size() == rows.size());
            harness.awaitPolls(2);
            assertMirroredOnce(harness, contentByTrackingId);
            int createCalls = harness.mock().laporBantul().createAduanCalls();
            assertThat(createCalls).isEqualTo(rows.size());

            harness.restart();
            harness.awaitPolls(2);
            assertThat(postsTo(harness, "/api/v1/aduan")).isEqualTo(createCalls);
            assertThat(harness.count("SELECT COUNT(*) FROM complaint WHERE source = 'sp4n'")).isEqualTo(rows.size());

            Map<String, String> answers = answerSubset(harness);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> harness.mock().sp4n().addFollowupCalls() >= answers.size());
            harness.restart();
            harness.awaitPolls(2);
            assertAnswersOnce(harness, answers);
            assertThat(harness.mock().sp4n().addFollowupCalls()).isEqualTo(answers.size());
            assertThat(postsTo(harness, "/api/v1/aduan")).isEqualTo(createCalls);
        }
    }

    private static Map<String, String> seed(BridgeHarness harness, List<Map<String, String>> rows) {
        Map<String, String> contentByTrackingId = new LinkedHashMap<>();
        LocalDateTime start = LocalDateTime.of(2026, 11, 2, 8, 0);
        for (int i = 0; i < rows.size(); i++) {
            String trackingId = Integer.toString(6_000_000 + i);
            String content = rows.get(i).get("body");
            String title = "Aduan uji " + rows.get(i).get("id");
            ObjectNode complaint = Sp4nComplaints.complaint(trackingId, INSTITUTIONS.get(i % INSTITUTIONS.size()),
                    title, content, start.plusMinutes(i / 3));
            if (i % 7 == 0) {
                Sp4nComplaints.anonymous(complaint);
            }
            harness.mock().sp4n().putComplaint(complaint);
            contentByTrackingId.put(trackingId, content);
        }
        return contentByTrackingId;
    }

    private static void assertMirroredOnce(BridgeHarness harness, Map<String, String> contentByTrackingId) {
        assertThat(harness.count("SELECT COUNT(*) FROM complaint WHERE source = 'sp4n'"))
                .isEqualTo(contentByTrackingId.size());
        assertThat(harness.count("SELECT COUNT(*) FROM complaint_link")).isEqualTo(contentByTrackingId.size());
        contentByTrackingId.forEach((trackingId, content) -> {
            List<ObjectNode> aduan = harness.mock().laporBantul().aduanList().stream()
                    .filter(a -> trackingId.equals(a.path("ref_sp4n").asText()))
                    .toList();
            assertThat(aduan).as("aduan for tracking id %s", trackingId).hasSize(1);
            assertThat(aduan.get(0).get("isi").asText().getBytes(StandardCharsets.UTF_8))
                    .as("text of tracking id %s", trackingId)
                    .isEqualTo(content.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** Posts an OPD answer on every tenth aduan; returns the answer text by tracking id. */
    private static Map<String, String> answerSubset(BridgeHarness harness) {
        Map<String, String> answers = new LinkedHashMap<>();
        List<ObjectNode> aduanList = new ArrayList<>(harness.mock().laporBantul().aduanList());
        for (int i = 0; i < aduanList.size(); i += 10) {
            ObjectNode aduan = aduanList.get(i);
            String jenis = i % 20 == 0 ? "akhir" : "sementara";
            String isi = "Jawaban OPD nomor " + i + ": laporan sudah ditindaklanjuti.";
            harness.mock().laporBantul().addTanggapan(aduan.get("id").asLong(), jenis, isi, "Operator OPD");
            answers.put(aduan.get("ref_sp4n").asText(), isi);
        }
        return answers;
    }

    private static void assertAnswersOnce(BridgeHarness harness, Map<String, String> answers) {
        answers.forEach((trackingId, isi) -> {
            List<JsonNode> matching = new ArrayList<>();
            harness.mock().sp4n().followups(trackingId).forEach(followup -> {
                if (isi.equals(followup.path("content").asText())) {
                    matching.add(followup);
                }
            });
            assertThat(matching).as("follow-ups of %s", trackingId).hasSize(1);
            assertThat(matching.get(0).path("client_ref").asText()).startsWith("lapor-bridge:tanggapan:");
        });
        assertThat(harness.count("SELECT COUNT(*) FROM complaint_message WHERE from_bridge"))
                .as("follow-ups the bridge posted are recognised when they come back")
                .isEqualTo(answers.size());
        assertThat(harness.count("SELECT COUNT(*) FROM outbox_item WHERE action = 'add-followup'"))
                .isEqualTo(answers.size());
    }

    private static long postsTo(BridgeHarness harness, String path) {
        return harness.mock().laporBantul().calls().stream()
                .filter((RecordedCall call) -> call.method().equals("POST") && call.path().equals(path))
                .count();
    }
}
