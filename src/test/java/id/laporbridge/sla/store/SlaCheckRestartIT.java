package id.laporbridge.sla.store;

import static id.laporbridge.sla.TestTimes.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import id.laporbridge.sla.SlaCheck;
import id.laporbridge.sla.SlaLogCapture;
import id.laporbridge.sla.SlaModule;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;

/** A check that stops in the middle of its scan and runs again after a restart. */
class SlaCheckRestartIT {

    private static final Path CONFIG = Path.of("config");
    private static final Clock NOON = Clock.fixed(wib("2026-11-04T12:00"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final SlaLogCapture log = new SlaLogCapture();
    private TestStore store;

    /** Two breaches per aduan; one aduan more than fills the first commit of alerts. */
    private static final int ADUAN = SlaCheck.ALERT_COMMIT_BATCH / 2 + 1;

    @BeforeEach
    void insertLateAduan() throws Exception {
        store = new TestStore(folder);
        // Each aduan breaches two rules by Wednesday noon: step 2 (due Monday 09:05) and the 48-hour answer.
        for (int i = 0; i < ADUAN; i++) {
            long aduan = store.insertComplaint("lapor-bantul", Integer.toString(301 + i), "12500",
                    "2026-11-02T08:00");
            store.insertStatus(aduan, "diterima_operator", "2026-11-02T08:05");
        }
    }

    @AfterEach
    void stopCapture() {
        log.close();
    }

    @Test
    void restartMidScanWritesNoDuplicate() throws Exception {
        // Commit 1 ends the recompute; commit 2 records the first batch of breaches; commit 3 fails like a killed
        // process.
        DataSource failing = FailingCommits.failOnCommit(store.dataSource(), 3);
        SlaModule crashing = SlaModule.create(failing, CONFIG, NOON);

        assertThatThrownBy(() -> crashing.slaCheck().run()).isInstanceOf(SQLException.class);
        assertThat(store.breachRecords()).hasSize(SlaCheck.ALERT_COMMIT_BATCH);
        assertThat(breachLines()).hasSize(SlaCheck.ALERT_COMMIT_BATCH);

        SlaModule.create(store.dataSource(), CONFIG, NOON).slaCheck().run();
        SlaModule.create(store.dataSource(), CONFIG, NOON).slaCheck().run();

        assertThat(store.breachRecords()).hasSize(2 * ADUAN).doesNotHaveDuplicates();
        assertThat(breachLines()).hasSize(2 * ADUAN).doesNotHaveDuplicates();
    }

    private List<String> breachLines() {
        return log.messages(Level.WARN).stream().filter(m -> m.startsWith("SLA step breached")).toList();
    }
}
