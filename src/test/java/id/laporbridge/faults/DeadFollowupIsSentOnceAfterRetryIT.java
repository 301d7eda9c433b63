package id.laporbridge.faults;

import id.laporbridge.cli.LaporBridgeCommand;
import id.laporbridge.mock.MockFault;
import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static id.laporbridge.faults.FaultFixtures.ADD_FOLLOWUP;
import static id.laporbridge.faults.FaultFixtures.GET_COMPLAINT;
import static id.laporbridge.faults.FaultFixtures.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An answer that SP4N-LAPOR! keeps refusing with a retryable status becomes a dead letter after
 * bridge.outbox.max-attempts, keeping status, URI and a short reason but no reply body. `outbox list` shows it, and
 * after `outbox retry` the restarted bridge delivers it exactly once: it posts the follow-up when no attempt got
 * through, and finds it by client_ref when the last failed attempt was stored upstream.
 */
class DeadFollowupIsSentOnceAfterRetryIT {

    private static final int MAX_ATTEMPTS = 3;

    @TempDir
    Path folder;

    @Test
    void deadFollowupIsPostedOnceAfterRetry() throws Exception {
        try (BridgeHarness harness = harness()) {
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("7941"));
            harness.start();
            FaultFixtures.awaitMirrored(harness, "7941");
            harness.mock().injectUntilCleared(ADD_FOLLOWUP, MockFault.status(503));

            String text = FaultFixtures.answer(harness, "7941", "Jawaban yang tertahan");
            await().atMost(WAIT).until(() -> FaultFixtures.outbox(harness, "add-followup", "dead") == 1);
            DeadItem dead = deadItem(harness);

            assertThat(dead.attempts()).as("attempts").isEqualTo(MAX_ATTEMPTS);
            assertThat(dead.status()).as("last error status").isEqualTo(503);
            assertThat(dead.uri()).as("last error URI").isEqualTo(harness.mock().baseUrl() + ADD_FOLLOWUP);
            assertThat(dead.reason()).as("last error reason").isEqualTo("HTTP 503");
            assertThat(FaultFixtures.calls(harness, ADD_FOLLOWUP)).as("addfollowup calls").isEqualTo(MAX_ATTEMPTS);
            assertThat(FaultFixtures.followupsWithContent(harness, "7941", text)).as("stored follow-ups").isZero();

            harness.stop();
            harness.mock().clearFaults(ADD_FOLLOWUP);
            String listed = listAndRetry(harness, dead.id());

            assertThat(listed).as("outbox list")
                    .contains("id=" + dead.id() + "  destination=sp4n  action=add-followup  subject=7941  state=dead  "
                            + "attempts=" + MAX_ATTEMPTS)
                    .contains("last_error_status=503  last_error_reason=\"HTTP 503\"  last_error_uri="
                            + harness.mock().baseUrl() + ADD_FOLLOWUP)
                    .doesNotContain(text).doesNotContain("injected failure");

            harness.start();
            await().atMost(WAIT).until(() -> FaultFixtures.outbox(harness, "add-followup", "done") == 1);

            assertThat(FaultFixtures.followupsWithContent(harness, "7941", text)).as("stored follow-ups").isEqualTo(1);
            assertThat(FaultFixtures.calls(harness, ADD_FOLLOWUP)).as("addfollowup calls")
                    .isEqualTo(MAX_ATTEMPTS + 1);
        }
    }

    @Test
    void retriedFollowupStoredByLastAttemptIsNotPostedTwice() throws Exception {
        try (BridgeHarness harness = harness()) {
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("7942"));
            harness.start();
            FaultFixtures.awaitMirrored(harness, "7942");
            harness.mock().inject(ADD_FOLLOWUP, MockFault.status(503), MAX_ATTEMPTS - 1);
            // The gateway times out after SP4N-LAPOR! stored the follow-up.
            harness.mock().inject(ADD_FOLLOWUP, MockFault.status(504).afterApplying(), 1);

            String text = FaultFixtures.answer(harness, "7942", "Jawaban yang sampai tanpa balasan");
            await().atMost(WAIT).until(() -> FaultFixtures.outbox(harness, "add-followup", "dead") == 1);
            DeadItem dead = deadItem(harness);
            assertThat(dead.status()).as("last error status").isEqualTo(504);
            assertThat(FaultFixtures.followupsWithContent(harness, "7942", text)).as("stored follow-ups").isEqualTo(1);

            harness.stop();
            listAndRetry(harness, dead.id());
            long lookupsBefore = FaultFixtures.calls(harness, GET_COMPLAINT);
            harness.start();
            await().atMost(WAIT).until(() -> FaultFixtures.outbox(harness, "add-followup", "done") == 1);

            assertThat(FaultFixtures.followupsWithContent(harness, "7942", text)).as("stored follow-ups").isEqualTo(1);
            assertThat(FaultFixtures.calls(harness, ADD_FOLLOWUP)).as("addfollowup calls").isEqualTo(MAX_ATTEMPTS);
            assertThat(FaultFixtures.calls(harness, GET_COMPLAINT)).as("client_ref look-ups after the retry")
                    .isEqualTo(lookupsBefore + 1);
        }
    }

    private BridgeHarness harness() {
        return new BridgeHarness(folder)
                .set("bridge.outbox.max-attempts", Integer.toString(MAX_ATTEMPTS))
                .set("bridge.outbox.backoff-seconds", "1");
    }

    /** Runs `outbox list --state dead` and `outbox retry ID` on the stopped bridge's store; returns the list. */
    private String listAndRetry(BridgeHarness harness, long id) throws Exception {
        Path config = folder.resolve("cli-config");
        ProjectFiles.copyTree(Path.of("config"), config);
        Files.writeString(config.resolve("lapor-bridge.properties"), "bridge.store.jdbc-url=" + harness.jdbcUrl()
                + "\n");
        StringWriter listed = new StringWriter();
        StringWriter errors = new StringWriter();
        int listExit = LaporBridgeCommand.execute(new PrintWriter(listed, true), new PrintWriter(errors, true),
                "outbox", "list", "--state", "dead", "--config-dir", config.toString());
        StringWriter retried = new StringWriter();
        int retryExit = LaporBridgeCommand.execute(new PrintWriter(retried, true), new PrintWriter(errors, true),
                "outbox", "retry", Long.toString(id), "--config-dir", config.toString());

        assertThat(listExit).as("outbox list exit code; errors: %s", errors).isZero();
        assertThat(retryExit).as("outbox retry exit code; errors: %s", errors).isZero();
        assertThat(retried.toString()).contains("retried=1");
        return listed.toString();
    }

    private static DeadItem deadItem(BridgeHarness harness) {
        return harness.query(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, attempts, last_error_status, "
                    + "last_error_uri, last_error_reason FROM outbox_item WHERE action = 'add-followup' "
                    + "AND state = 'dead'");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                return new DeadItem(rows.getLong(1), rows.getInt(2), rows.getInt(3), rows.getString(4),
                        rows.getString(5));
            }
        });
    }

    private record DeadItem(long id, int attempts, int status, String uri, String reason) {
    }
}
