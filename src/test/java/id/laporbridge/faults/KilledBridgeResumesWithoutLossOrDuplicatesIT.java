package id.laporbridge.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.laporbridge.mock.MockOptions;
import id.laporbridge.mock.MockUpstreams;
import id.laporbridge.store.Database;
import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.SharedData;
import id.laporbridge.support.Sp4nComplaints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged bridge is killed with SIGKILL at random moments during a sync of the shared sample, 20 times, and
 * started again on the same H2 file each time, while OPD operators keep answering. The mock runs in the test
 * process, so it keeps its state across the restarts. In the end every complaint is stored and mirrored once,
 * every answer is posted once, and the outbox is empty. When the sync does not finish, the store, the logs and
 * three thread dumps of the bridge are kept in target/kill-test-failure.
 */
class KilledBridgeResumesWithoutLossOrDuplicatesIT {

    private static final int KILLS = 20;
    private static final long SEED = 20261204L;
    private static final List<String> INSTITUTIONS =
            List.of("3404001", "3404002", "3404003", "3404004", "3404005", "3404006");

    @TempDir
    Path folder;

    @Test
    void killedBridgeLosesNothing() throws Exception {
        List<Map<String, String>> rows = SharedData.rows("lapor-complaints-sample.csv");
        long started = System.nanoTime();
        try (MockUpstreams mock = MockUpstreams.start(MockOptions.defaults()
                .sp4nKeytokens(Set.of(BridgeHarness.KEYTOKEN))
                .laporBantulClients(Map.of(BridgeHarness.CLIENT_ID, BridgeHarness.CLIENT_SECRET)))) {
            seed(mock, rows);
            int healthPort = freePort();
            BridgeProcess bridge = new BridgeProcess(folder, mock, Map.of(
                    "bridge.sp4n.poll-interval-ms", "300",
                    "bridge.lapor-bantul.poll-interval-ms", "300",
                    "bridge.outbox.interval-ms", "200",
                    "bridge.outbox.backoff-seconds", "1",
                    "bridge.outbox.lease-seconds", "2",
                    "bridge.health.port", Integer.toString(healthPort),
                    "bridge.sla.check-cron", "0 0 0 1 1 ? 2099"));
            Map<String, String> answers = new LinkedHashMap<>();
            Random random = new Random(SEED);
            for (int kill = 0; kill < KILLS; kill++) {
                bridge.start();
                boolean exited = bridge.waitForExit(700 + random.nextInt(3300));
                assertThat(exited).as("bridge exited by itself after kill %d; console:%n%s", kill,
                        bridge.consoleTail()).isFalse();
                bridge.kill();
                answerNewAduan(mock, answers);
            }
            bridge.start();
            answerNewAduan(mock, answers);
            try {
                await().atMost(Duration.ofSeconds(90)).until(() -> mirroredCount(mock) == rows.size()
                        && mock.sp4n().addFollowupCalls() >= answers.size());
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                keepForDiagnosis();
                String stacks = bridge.isAlive() ? bridge.threadStacks("main", "lapor-bridge-store-open") : "";
                bridge.writeThreadDumps(Path.of("target", "kill-test-failure", "threads.txt"));
                throw new AssertionError("sync unfinished: aduan=" + mirroredCount(mock) + " followups="
                        + mock.sp4n().addFollowupCalls() + " answers=" + answers.size() + " alive="
                        + bridge.isAlive() + "; start threads:\n" + stacks + "console:\n" + bridge.consoleTail(), e);
            }
            answerNewAduan(mock, answers);
            await().atMost(Duration.ofSeconds(60)).until(() -> mock.sp4n().addFollowupCalls() >= answers.size());
            // An item a kill left as "sending" is claimed again once its lease runs out: wait, through the
            // bridge's own metrics, until no item is pending or sending before stopping it.
            await().atMost(Duration.ofSeconds(60)).until(() -> outboxSettled(healthPort));
            bridge.stop();

            assertMirroredOnce(mock, rows.size());
            assertAnswersPostedOnce(mock, answers);
            assertStoreSettled(bridge, rows.size());
            System.out.printf("Kill test: kills=%d complaints=%d aduan=%d followups=%d seconds=%.1f%n", KILLS,
                    rows.size(), mirroredCount(mock), mock.sp4n().addFollowupCalls(),
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /** Copies the store, its H2 trace and the logs to target/kill-test-failure, which @TempDir would delete. */
    private void keepForDiagnosis() throws java.io.IOException {
        Path target = Path.of("target", "kill-test-failure");
        try (var files = java.nio.file.Files.walk(folder)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(folder.relativize(file).toString());
                if (java.nio.file.Files.isDirectory(file)) {
                    java.nio.file.Files.createDirectories(copy);
                } else {
                    java.nio.file.Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void seed(MockUpstreams mock, List<Map<String, String>> rows) {
        LocalDateTime start = LocalDateTime.of(2026, 11, 2, 8, 0);
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode complaint = Sp4nComplaints.complaint(Integer.toString(6_100_000 + i),
                    INSTITUTIONS.get(i % INSTITUTIONS.size()), "Aduan uji " + rows.get(i).get("id"),
                    rows.get(i).get("body"), start.plusMinutes(i / 3));
            if (i % 7 == 0) {
                Sp4nComplaints.anonymous(complaint);
            }
            mock.sp4n().putComplaint(complaint);
        }
    }

    /** Answers every fifth mirrored aduan not answered yet, as an OPD operator would in Lapor Bantul. */
    private static void answerNewAduan(MockUpstreams mock, Map<String, String> answers) {
        for (ObjectNode aduan : mock.laporBantul().aduanList()) {
            String trackingId = aduan.path("ref_sp4n").asText("");
            if (trackingId.isEmpty() || answers.containsKey(trackingId) || aduan.get("id").asLong() % 5 != 0) {
                continue;
            }
            String text = "Jawaban OPD untuk " + trackingId + ": sudah ditindaklanjuti.";
            mock.laporBantul().addTanggapan(aduan.get("id").asLong(), "sementara", text, "Operator OPD");
            answers.put(trackingId, text);
        }
    }

    private static long mirroredCount(MockUpstreams mock) {
        return mock.laporBantul().aduanList().stream().filter(aduan -> aduan.hasNonNull("ref_sp4n")).count();
    }

    private static void assertMirroredOnce(MockUpstreams mock, int complaints) {
        Map<String, Long> aduanByTrackingId = new LinkedHashMap<>();
        mock.laporBantul().aduanList().stream().filter(aduan -> aduan.hasNonNull("ref_sp4n"))
                .forEach(aduan -> aduanByTrackingId.merge(aduan.get("ref_sp4n").asText(), 1L, Long::sum));
        assertThat(aduanByTrackingId).hasSize(complaints);
        assertThat(aduanByTrackingId.values()).as("aduan per tracking id").containsOnly(1L);
    }

    private static void assertAnswersPostedOnce(MockUpstreams mock, Map<String, String> answers) {
        Map<String, Long> postsByClientRef = new LinkedHashMap<>();
        answers.keySet().forEach(trackingId -> mock.sp4n().followups(trackingId).forEach(followup ->
                postsByClientRef.merge(trackingId + " " + followup.path("client_ref").asText(), 1L, Long::sum)));
        postsByClientRef.values().removeIf(posts -> posts == 1);
        assertThat(mock.sp4n().addFollowupCalls()).as("addfollowup calls; posted more than once: %s",
                postsByClientRef).isEqualTo(answers.size());
        answers.forEach((trackingId, text) -> {
            long posted = 0;
            for (var followup : mock.sp4n().followups(trackingId)) {
                if (text.equals(followup.path("content").asText())) {
                    posted++;
                }
            }
            assertThat(posted).as("follow-ups of %s", trackingId).isEqualTo(1);
        });
    }

    /** Returns true when the bridge's metrics show no outbox item pending or sending. */
    private static boolean outboxSettled(int port) {
        try {
            java.net.http.HttpResponse<String> metrics = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/metrics"))
                            .timeout(Duration.ofSeconds(5)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return metrics.body().lines()
                    .filter(line -> line.startsWith("lapor_bridge_outbox_items{"))
                    .filter(line -> line.contains("state=\"pending\"") || line.contains("state=\"sending\""))
                    .allMatch(line -> line.endsWith(" 0.0"));
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void assertStoreSettled(BridgeProcess bridge, int complaints) {
        try (Database database = Database.open(bridge.jdbcUrl(), 2)) {
            assertThat(count(database, "SELECT COUNT(*) FROM complaint WHERE source = 'sp4n'"))
                    .isEqualTo(complaints);
            assertThat(count(database, "SELECT COUNT(*) FROM complaint_link")).isEqualTo(complaints);
            assertThat(count(database, "SELECT COUNT(*) FROM outbox_item WHERE state <> 'done'"))
                    .as("outbox items not done: %s", notDone(database)).isZero();
        }
    }

    private static String notDone(Database database) {
        return database.inTransaction(connection -> {
            StringBuilder items = new StringBuilder();
            try (PreparedStatement select = connection.prepareStatement("SELECT action, subject_id, state, attempts, "
                    + "last_error_status, last_error_reason FROM outbox_item WHERE state <> 'done'");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.append(String.format("[%s %s %s attempts=%d status=%s reason=%s] ", rows.getString(1),
                            rows.getString(2), rows.getString(3), rows.getInt(4), rows.getObject(5),
                            rows.getString(6)));
                }
            }
            return items.toString();
        });
    }

    private static long count(Database database, String sql) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql);
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}
