package id.laporbridge.sla.store;

import static id.laporbridge.sla.TestTimes.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import id.laporbridge.sla.SlaCheckResult;
import id.laporbridge.sla.SlaLogCapture;
import id.laporbridge.sla.SlaModule;
import id.laporbridge.support.ShiftableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
                .isEqualTo("SLA step breached: complaint=lapor-bantul:101 opd=12500 step=2 rule=sop-2-receive "
                        + "due=2026-11-02T09:05+07:00 overdue_min=3055");
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
                .contains("SLA step due soon").contains("complaint=lapor-bantul:102").contains("rule=sop-2-receive")
                .contains("overdue_min=-10");
        assertThat(late.breachAlerts()).isEqualTo(1);
        assertThat(again.breachAlerts()).isZero();
        assertThat(breaches()).filteredOn(m -> m.contains("complaint=lapor-bantul:102")).singleElement().asString()
                .contains("rule=sop-2-receive").contains("overdue_min=1");
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

        // Only the changed complaint: the other one changed more than the margin before the first check started.
        assertThat(result.recomputed()).isEqualTo(1);
        assertThat(store.clockColumn(lateAduan, "sop-2-receive", "outcome")).isEqualTo("breached");
        assertThat(store.clockColumn(lateAduan, "sop-3-examine", "outcome")).isEqualTo("running");
        assertThat(breaches()).hasSize(2);
        // Step 2 was due Monday 09:05 and ended Wednesday 12:30; overdue_min counts wall-clock minutes:
        // 2 days (2,880) + 3 h 25 min (205) = 3,085.
        assertThat(log.messages(Level.INFO)).filteredOn(m -> m.startsWith("SLA step finished late"))
                .containsExactly("SLA step finished late: complaint=lapor-bantul:101 opd=12500 step=2 "
                        + "rule=sop-2-receive due=2026-11-02T09:05+07:00 overdue_min=3085");
        assertThat(result.lateEndNotes()).isEqualTo(1);
    }

    @Test
    void burstNotReadAgainByLaterChecks() throws Exception {
        SlaCheckResult first = moduleAt("2026-11-04T12:00").slaCheck().run();

        SlaCheckResult second = moduleAt("2026-11-04T12:05").slaCheck().run();

        assertThat(first.recomputed()).isEqualTo(2);
        assertThat(second.recomputed()).isZero();
    }

    /** A page transaction stamps last_changed_at before it commits, so a change can appear after a later check. */
    @Test
    void changeCommittedAfterCheckIsRead() throws Exception {
        moduleAt("2026-11-04T12:00").slaCheck().run();
        store.insertStatus(lateAduan, "diteruskan_penanggung_jawab", "2026-11-04T11:55");

        SlaCheckResult result = moduleAt("2026-11-04T12:05").slaCheck().run();

        assertThat(result.recomputed()).isEqualTo(1);
        assertThat(store.clockColumn(lateAduan, "sop-3-examine", "outcome")).isEqualTo("running");
    }

    @Test
    void marginReadRecomputesOnlyNewChanges() throws Exception {
        store.insertStatus(lateAduan, "diteruskan_penanggung_jawab", "2026-11-04T11:58");
        ShiftableClock clock = clockAt("2026-11-04T12:00");
        SlaModule module = SlaModule.create(store.dataSource(), CONFIG, clock);

        SlaCheckResult first = module.slaCheck().run();
        clock.advance(Duration.ofMinutes(5));
        SlaCheckResult second = module.slaCheck().run();
        store.insertStatus(lateAduan, "ditangani_unit_teknis", "2026-11-04T12:04");
        clock.advance(Duration.ofMinutes(5));
        SlaCheckResult third = module.slaCheck().run();

        assertThat(first.recomputed()).isEqualTo(2);
        assertThat(second.recomputed()).as("read again within the margin, unchanged").isZero();
        assertThat(third.recomputed()).as("read again within the margin, changed").isEqualTo(1);
        assertThat(store.clockColumn(lateAduan, "sop-4-handle", "outcome")).isEqualTo("running");
    }

    /** The second check's recompute commit (the third commit) fails, so the third check recomputes again. */
    @Test
    void failedRecomputeIsRepeated() throws Exception {
        store.insertStatus(lateAduan, "diteruskan_penanggung_jawab", "2026-11-04T11:58");
        ShiftableClock clock = clockAt("2026-11-04T12:00");
        SlaModule module = SlaModule.create(FailingCommits.failOnCommit(store.dataSource(), 3), CONFIG, clock);
        module.slaCheck().run();
        store.insertStatus(lateAduan, "ditangani_unit_teknis", "2026-11-04T12:04");
        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> module.slaCheck().run()).isInstanceOf(SQLException.class);
        clock.advance(Duration.ofMinutes(5));
        SlaCheckResult third = module.slaCheck().run();

        assertThat(third.recomputed()).isEqualTo(1);
        assertThat(store.clockColumn(lateAduan, "sop-4-handle", "outcome")).isEqualTo("running");
    }

    @Test
    void lateEndNotedOnceAcrossRuns() throws Exception {
        store.insertStatus(lateAduan, "diteruskan_penanggung_jawab", "2026-11-04T12:30");
        moduleAt("2026-11-04T12:31").slaCheck().run();

        SlaCheckResult again = moduleAt("2026-11-04T12:40").slaCheck().run();

        assertThat(again.lateEndNotes()).isZero();
        assertThat(log.messages(Level.INFO)).filteredOn(m -> m.startsWith("SLA step finished late")).hasSize(1);
        assertThat(store.clockColumn(lateAduan, "sop-2-receive", "next_alert_at")).isNull();
    }

    @Test
    void breachRecordedOncePerDeadline() throws Exception {
        moduleAt("2026-11-04T12:00").slaCheck().run();
        moduleAt("2026-11-04T12:05").slaCheck().run();

        assertThat(store.breachRecords()).containsExactlyInAnyOrder(
                lateAduan + " lapor-bantul-first-answer-48h 2026-11-04T01:00:00Z",
                lateAduan + " sop-2-receive 2026-11-02T02:05:00Z");
    }

    private List<String> breaches() {
        return log.messages(Level.WARN).stream().filter(m -> m.startsWith("SLA step breached")).toList();
    }

    private static ShiftableClock clockAt(String localTime) {
        ShiftableClock clock = new ShiftableClock();
        clock.advance(Duration.between(Instant.now(), wib(localTime)));
        return clock;
    }

    private SlaModule moduleAt(String localTime) {
        return SlaModule.create(store.dataSource(), CONFIG, Clock.fixed(wib(localTime), ZoneOffset.UTC));
    }
}
