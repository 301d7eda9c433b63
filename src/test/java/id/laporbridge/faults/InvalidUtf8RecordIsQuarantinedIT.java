package id.laporbridge.faults;

import id.laporbridge.mock.MockFault;
import id.laporbridge.support.BridgeHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static id.laporbridge.faults.FaultFixtures.GET_COMPLAINTS;
import static id.laporbridge.faults.FaultFixtures.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An SP4N-LAPOR! listing arrives with invalid UTF-8 bytes inside one complaint's text. That complaint is
 * quarantined with its id, field and rule, and the other complaint on the page is stored and mirrored. Once the
 * upstream sends the text intact, the complaint is stored like any other.
 */
class InvalidUtf8RecordIsQuarantinedIT {

    private static final String MARKER = "Rusak di tengah";

    @TempDir
    Path folder;

    @Test
    void damagedRecordQuarantinedRestStored() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("7901"));
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("7902").put("content",
                    "Jalan berlubang. " + MARKER + " dekat pasar."));
            harness.mock().injectUntilCleared(GET_COMPLAINTS, MockFault.invalidUtf8(MARKER));
            harness.start();

            FaultFixtures.awaitMirrored(harness, "7901");
            await().atMost(WAIT).until(() -> harness.count("SELECT COUNT(*) FROM quarantine") == 1);

            assertThat(FaultFixtures.stored(harness, "sp4n", "7902")).as("damaged complaint stored").isZero();
            assertThat(harness.count("SELECT COUNT(*) FROM quarantine WHERE source = 'sp4n' AND upstream_id = '7902' "
                    + "AND field = 'content' AND rule LIKE '%not valid UTF-8%'")).isEqualTo(1);

            harness.mock().clearFaults(GET_COMPLAINTS);
            FaultFixtures.awaitMirrored(harness, "7902");

            assertThat(harness.mock().laporBantul().aduanByRefSp4n("7902").orElseThrow().path("isi").asText())
                    .contains(MARKER);
            assertThat(FaultFixtures.stored(harness, "sp4n", "7901")).isEqualTo(1);
        }
    }
}
