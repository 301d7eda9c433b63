package id.laporbridge.sla.store;

import static id.laporbridge.sla.TestTimes.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
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

    @BeforeEach
    void insertLateAduan() throws Exception {
        store = new TestStore(folder);
        // Each aduan breaches two rules by Wednesday noon: step 2 (due Monday 09:05) and the 48-hour answer.
        for (String id : List.of("301", "302", "303")) {
            long aduan = store.insertComplaint("lapor-bantul", id, "12500", "2026-11-02T08:00");
            store.insertStatus(aduan, "diterima_operator", "2026-11-02T08:05");
        }
    }

    @AfterEach
    void stopCapture() {
        log.close();
    }

    @Test
    void restartMidScanWritesNoDuplicate() throws Exception {
        // Commit 1 ends the recompute; commits 2 and 3 record two breaches; commit 4 fails like a killed process.
        DataSource failing = FailingCommits.failOnCommit(store.dataSource(), 4);
        SlaModule crashing = SlaModule.create(failing, CONFIG, NOON);

        assertThatThrownBy(() -> crashing.slaCheck().run()).isInstanceOf(SQLException.class);
        assertThat(store.breachRecords()).hasSize(2);
        assertThat(breachLines()).hasSize(2);

        SlaModule.create(store.dataSource(), CONFIG, NOON).slaCheck().run();
        SlaModule.create(store.dataSource(), CONFIG, NOON).slaCheck().run();

        assertThat(store.breachRecords()).hasSize(6).doesNotHaveDuplicates();
        assertThat(breachLines()).hasSize(6).doesNotHaveDuplicates();
    }

    private List<String> breachLines() {
        return log.messages(Level.WARN).stream().filter(m -> m.startsWith("SLA step breached")).toList();
    }
}
