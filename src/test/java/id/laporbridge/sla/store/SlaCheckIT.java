package id.laporbridge.sla.store;

import static id.laporbridge.sla.TestTimes.wib;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import id.laporbridge.sla.SlaCheckResult;
import id.laporbridge.sla.SlaLogCapture;
import id.laporbridge.sla.SlaModule;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

class SlaCheckIT {

    private static final Path CONFIG = Path.of("config");

    @TempDir
    Path folder;

    private final SlaLogCapture log = new SlaLogCapture();
    private TestStore store;
    private long lateAduan;
    private long sp4nComplaint;

    @BeforeEach
    void insertComplaints() throws Exception {
        store = new TestStore(folder);
        lateAduan = store.insertComplaint("lapor-bantul", "101", "12500", "2026-11-02T08:00");
        store.insertStatus(lateAduan, "baru", "2026-11-02T08:00");
        store.insertStatus(lateAduan, "diterima_operator", "2026-11-02T08:05");
        sp4nComplaint = store.insertComplaint("sp4n", "5010653", "3404001", "2026-11-02T09:00");
        store.insertStatus(sp4nComplaint, "TERDISPOSISI", "2026-11-04T10:00");
    }

    @AfterEach
    void stopCapture() {
        log.close();
    }

    @Test
    void breachLoggedOnceAcrossRuns() throws Exception {
        SlaModule module = moduleAt("2026-11-04T12:00");

        SlaCheckResult first = module.slaCheck().run();
        SlaCheckResult second = module.slaCheck().run();

        assertThat(first.breachAlerts()).isEqualTo(2);
        assertThat(second.breachAlerts()).isZero();
        assertThat(second.dueSoonAlerts()).isZero();
        List<String> warnings = breaches();
        assertThat(warnings).hasSize(2);
        assertThat(warnings).filteredOn(m -> m.contains("rule=sop-2-receive")).singleElement().asString()
                .contains("complaint_id=" + lateAduan).contains("source=lapor-bantul").contains("upstream_id=101")
                .contains("opd=12500").contains("step=2").contains("deadline=2026-11-02T09:05+07:00")
                .contains("minutes_late=3055");
        assertThat(warnings).filteredOn(m -> m.contains("rule=lapor-bantul-first-answer-48h")).hasSize(1);
        assertThat(log.messages(Level.INFO)).isEmpty();
    }

    @Test
    void breachRecordedInTable() throws Exception {
        moduleAt("2026-11-04T12:00").slaCheck().run();

        assertThat(store.clockColumn(lateAduan, "sop-2-receive", "outcome")).isEqualTo("running");
        assertThat(store.clockColumn(lateAduan, "sop-2-receive", "breach_alerted_at")).isNotNull();
        assertThat(store.clockColumn(lateAduan, "sop-2-receive", "next_alert_at")).isNull();
        assertThat(store.clockColumn(lateAduan, "sop-1-file", "outcome")).isEqualTo("met");
        assertThat(store.clockColumn(sp4nComplaint, "national-verify-dispose", "outcome")).isEqualTo("met");
        assertThat(store.clockColumn(sp4nComplaint, "national-follow-up", "opd_code")).isEqualTo("12500");
    }

    @Test
    void restartDoesNotAlertAgain() throws Exception {
        moduleAt("2026-11-04T12:00").slaCheck().run();

        SlaCheckResult afterRestart = moduleAt("2026-11-04T12:05").slaCheck().run();

        assertThat(afterRestart.breachAlerts()).isZero();
        assertThat(breaches()).hasSize(2);
    }

    @Test
    void dueSoonThenBreachEachOnce() throws Exception {
        long aduan = store.insertComplaint("lapor-bantul", "102", "12500", "2026-11-04T10:00");
        store.insertStatus(aduan, "diterima_operator", "2026-11-04T10:10");

        SlaCheckResult dueSoon = moduleAt("2026-11-04T11:00").slaCheck().run();
        SlaCheckResult late = moduleAt("2026-11-04T11:11").slaCheck().run();
        SlaCheckResult again = moduleAt("2026-11-04T11:20").slaCheck().run();

        assertThat(dueSoon.dueSoonAlerts()).isEqualTo(1);
        assertThat(log.messages(Level.INFO)).singleElement().asString()
                .contains("SLA deadline due soon").contains("upstream_id=102").contains("rule=sop-2-receive")
                .contains("minutes_left=10");
        assertThat(late.breachAlerts()).isEqualTo(1);
        assertThat(again.breachAlerts()).isZero();
        assertThat(breaches()).filteredOn(m -> m.contains("upstream_id=102")).singleElement().asString()
                .contains("rule=sop-2-receive").contains("minutes_late=1");
    }

    @Test
    void recomputingTwiceChangesNothing() throws Exception {
        SlaModule module = moduleAt("2026-11-02T08:30");
        module.slaCheck().run();
        List<String> before = store.clockRows();

        module.slaCheck().run();

        assertThat(store.clockRows()).isEqualTo(before);
        assertThat(before).isNotEmpty();
    }

    @Test
    void newEventEndsRunningClock() throws Exception {
        moduleAt("2026-11-04T12:00").slaCheck().run();
        store.insertStatus(lateAduan, "diteruskan_penanggung_jawab", "2026-11-04T12:30");

        SlaCheckResult result = moduleAt("2026-11-04T12:31").slaCheck().run();

        // The check reads the changed complaint and again the one last changed exactly at the watermark.
        assertThat(result.recomputed()).isEqualTo(2);
        assertThat(store.clockColumn(lateAduan, "sop-2-receive", "outcome")).isEqualTo("breached");
        assertThat(store.clockColumn(lateAduan, "sop-3-examine", "outcome")).isEqualTo("running");
        assertThat(breaches()).hasSize(2);
    }

    private List<String> breaches() {
        return log.messages(Level.WARN).stream().filter(m -> m.startsWith("SLA deadline breached")).toList();
    }

    private SlaModule moduleAt(String localTime) {
        return SlaModule.create(store.dataSource(), CONFIG, Clock.fixed(wib(localTime), ZoneOffset.UTC));
    }
}
