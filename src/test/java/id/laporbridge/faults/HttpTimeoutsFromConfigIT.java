package id.laporbridge.faults;

import ch.qos.logback.classic.Level;
import id.laporbridge.config.OpdMap;
import id.laporbridge.fetch.ListingPoll;
import id.laporbridge.fetch.SourceHealth;
import id.laporbridge.mock.MockFault;
import id.laporbridge.support.BridgeHarness;
import id.laporbridge.support.LogCapture;
import id.laporbridge.upstream.FailureHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static id.laporbridge.faults.FaultFixtures.ADUAN;
import static id.laporbridge.faults.FaultFixtures.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * bridge.http.connect-timeout-ms and bridge.http.pool-wait-timeout-ms reach the HTTP client and end a call that
 * would otherwise hang, while the other upstream's polls keep running.
 */
class HttpTimeoutsFromConfigIT {

    private static final int CONNECT_TIMEOUT_MS = 400;

    @TempDir
    Path folder;

    @Test
    void connectTimesOutOnFullBacklog() throws Exception {
        try (FullBacklogListener unreachable = FullBacklogListener.open();
             BridgeHarness harness = new BridgeHarness(folder);
             LogCapture logs = new LogCapture(FailureHandler.class)) {
            long started = System.nanoTime();
            harness.set("bridge.sp4n.base-url", unreachable.url())
                    .set("bridge.http.connect-timeout-ms", Integer.toString(CONNECT_TIMEOUT_MS)).start();
            SourceHealth health = harness.bean(SourceHealth.BEAN, SourceHealth.class);
            ListingPoll laporBantul = harness.bean("laporBantulListing", ListingPoll.class);
            // Each SP4N-LAPOR! poll makes one listing call per institution.
            int institutions = harness.bean("opdMap", OpdMap.class).institutionIds().size();

            await().atMost(WAIT).until(() -> health.consecutiveFailures("sp4n") >= 1);
            long laporBantulPolls = laporBantul.finishedPolls();
            // With the 10 s default the failures of one whole poll would take a minute.
            await().atMost(WAIT).until(() -> health.consecutiveFailures("sp4n") >= institutions);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            List<String> failures = logs.messages(Level.WARN, "Poll failed").stream()
                    .filter(line -> line.contains("route=sp4n-poll")).toList();

            assertThat(elapsed).as("time for one failed connect per institution")
                    .isGreaterThanOrEqualTo(Duration.ofMillis((long) institutions * CONNECT_TIMEOUT_MS));
            assertThat(failures).as("SP4N-LAPOR! poll failures").isNotEmpty()
                    .allSatisfy(line -> assertThat(line).contains("ConnectTimeoutException"));
            assertThat(laporBantul.finishedPolls()).as("Lapor Bantul polls while SP4N-LAPOR! connects hang")
                    .isGreaterThan(laporBantulPolls);
            assertThat(health.healthy("lapor-bantul")).as("Lapor Bantul health").isTrue();
        }
    }

    @Test
    void poolWaitTimesOutBehindHungCall() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().inject(ADUAN, MockFault.noReply(), 1);
            harness.set("bridge.http.max-connections", "1").set("bridge.http.pool-wait-timeout-ms", "300")
                    .set("bridge.http.read-timeout-ms", "8000").start();
            ListingPoll sp4n = harness.bean("sp4nListing", ListingPoll.class);
            ListingPoll laporBantul = harness.bean("laporBantulListing", ListingPoll.class);
            SourceHealth health = harness.bean(SourceHealth.BEAN, SourceHealth.class);
            await().atMost(WAIT).until(() -> harness.mock().laporBantul().calls().stream()
                    .anyMatch(call -> call.path().equals(ADUAN) && call.method().equals("GET")));
            long sp4nPolls = sp4n.finishedPolls();

            // The aduan creation goes to the same Lapor Bantul URL as the hung listing call, so it needs its pool.
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("7981"));
            await().atMost(WAIT).until(() -> harness.count("SELECT COUNT(*) FROM outbox_item "
                    + "WHERE action = 'create-aduan' AND last_error_reason LIKE '%ConnectionRequestTimeout%'") == 1);
            long laporBantulPollsAtPoolTimeout = laporBantul.finishedPolls();
            long creationsAtPoolTimeout = harness.mock().laporBantul().createAduanCalls();

            assertThat(laporBantulPollsAtPoolTimeout).as("Lapor Bantul polls finished while its first call hangs")
                    .isZero();
            assertThat(creationsAtPoolTimeout).as("aduan creations that reached Lapor Bantul").isZero();
            assertThat(sp4n.finishedPolls()).as("SP4N-LAPOR! polls while the Lapor Bantul call hangs")
                    .isGreaterThan(sp4nPolls);

            FaultFixtures.awaitMirrored(harness, "7981");
            await().atMost(WAIT).until(() -> FaultFixtures.outbox(harness, "create-aduan", "done") == 1);
            await().atMost(WAIT).until(() -> laporBantul.finishedPolls() > 0);

            assertThat(harness.mock().laporBantul().createAduanCalls()).as("aduan creations").isEqualTo(1);
            assertThat(health.healthy("lapor-bantul")).as("Lapor Bantul health after the hang").isTrue();
        }
    }
}
