package id.laporbridge.faults;

import id.laporbridge.mock.MockFault;
import id.laporbridge.support.BridgeHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;

import static id.laporbridge.faults.FaultFixtures.ADD_FOLLOWUP;
import static id.laporbridge.faults.FaultFixtures.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A 429 with Retry-After longer than the backoff step delays the next attempt by Retry-After. */
class RateLimitHonoursRetryAfterIT {

    @TempDir
    Path folder;

    @Test
    void nextAttemptWaitsRetryAfter() throws Exception {
        try (BridgeHarness harness = new BridgeHarness(folder)) {
            harness.mock().sp4n().putComplaint(FaultFixtures.complaint("7601"));
            harness.start();
            FaultFixtures.awaitMirrored(harness, "7601");
            harness.mock().inject(ADD_FOLLOWUP, MockFault.rateLimited(4), 1);

            String text = FaultFixtures.answer(harness, "7601", "Jawaban setelah dibatasi");
            await().atMost(WAIT).until(() -> harness.count(
                    "SELECT COUNT(*) FROM outbox_item WHERE last_error_status = 429") == 1);
            Duration wait = harness.query(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT updated_at, next_attempt_at FROM outbox_item WHERE last_error_status = 429");
                     ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return Duration.between(rows.getObject(1, OffsetDateTime.class),
                            rows.getObject(2, OffsetDateTime.class));
                }
            });
            await().atMost(WAIT).until(() -> FaultFixtures.outbox(harness, "add-followup", "done") == 1);

            assertThat(wait).as("delay before the next attempt").isGreaterThanOrEqualTo(Duration.ofMillis(3990));
            assertThat(FaultFixtures.followupsWithContent(harness, "7601", text)).isEqualTo(1);
        }
    }
}
