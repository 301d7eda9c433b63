package id.laporbridge.sla.store;

import static id.laporbridge.sla.TestTimes.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.laporbridge.sla.SlaModule;

import org.apache.camel.component.quartz.QuartzComponent;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.quartz.impl.triggers.CronTriggerImpl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/** Loads the real route files through Camel Main and checks the Quartz trigger of the SLA check. */
class SlaCheckRouteIT {

    private static final String ERROR_CONFIGURATION = """
            - routeConfiguration:
                id: bridge-errors
            """;

    @TempDir
    Path folder;

    private final Main main = new Main();
    private TestStore store;
    private long aduan;

    @BeforeEach
    void insertLateAduan() throws Exception {
        store = new TestStore(folder);
        aduan = store.insertComplaint("lapor-bantul", "201", "12500", "2026-11-02T08:00");
        store.insertStatus(aduan, "diterima_operator", "2026-11-02T08:05");
    }

    @AfterEach
    void stopCamel() {
        main.stop();
    }

    @Test
    void quartzRouteRecordsBreach() throws Exception {
        main.addInitialProperty("bridge.sla.check-cron", "0/1 * * * * ?");
        start();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(store.clockColumn(aduan, "sop-2-receive", "breach_alerted_at")).isNotNull());
        assertThat(main.getCamelContext().getRoute("sla-holiday-coverage")).isNotNull();
        assertThat(main.getCamelContext().getRoute("sla-digest")).isNotNull();
    }

    @Test
    void defaultCronEveryFiveMinutes() throws Exception {
        start();

        CronTrigger trigger = checkTrigger();
        assertThat(trigger.getCronExpression()).isEqualTo("0 0/5 * * * ?");
        assertThat(trigger.getTimeZone().getID()).isEqualTo("Asia/Jakarta");
    }

    @Test
    void scansNeverOverlap() throws Exception {
        start();

        // stateful: true gives a job class marked @DisallowConcurrentExecution: Quartz holds the next fire until
        // the running check ends.
        assertThat(scheduler().getJobDetail(JobKey.jobKey("sla-check", "sla")).isConcurrentExecutionDisallowed())
                .isTrue();
    }

    @Test
    void missedSlotsFireOnce() throws Exception {
        start();
        CronTriggerImpl trigger = (CronTriggerImpl) ((CronTriggerImpl) checkTrigger()).clone();
        assertThat(trigger.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // The scheduler was held for an hour: twelve 5-minute slots were missed.
        trigger.setNextFireTime(Date.from(before.minus(Duration.ofHours(1))));

        trigger.updateAfterMisfire(null);
        Instant firstFire = trigger.getNextFireTime().toInstant();
        trigger.triggered(null);
        Instant secondFire = trigger.getNextFireTime().toInstant();

        // One fire now for all missed slots, then the next slot on the 5-minute grid after now.
        assertThat(firstFire).isBetween(before, Instant.now());
        assertThat(secondFire).isAfter(firstFire);
        assertThat(Duration.between(firstFire, secondFire)).isLessThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(secondFire.getEpochSecond() % 300).isZero();
    }

    private void start() throws Exception {
        Path errors = folder.resolve("error-handling.yaml");
        Files.writeString(errors, ERROR_CONFIGURATION);
        SlaModule module = SlaModule.create(store.dataSource(), Path.of("config"),
                Clock.fixed(wib("2026-11-02T10:00"), ZoneOffset.UTC));
        main.configure().withRoutesIncludePattern("file:routes/sla-check.yaml,file:routes/sla-holiday-coverage.yaml,"
                + "file:routes/sla-digest.yaml,file:" + errors.toAbsolutePath());
        module.beans().forEach(main::bind);
        main.addInitialProperty("bridge.sla.digest-dir", folder.resolve("digests").toString());
        main.start();
    }

    private CronTrigger checkTrigger() throws Exception {
        return (CronTrigger) scheduler().getTrigger(TriggerKey.triggerKey("sla-check", "sla"));
    }

    private Scheduler scheduler() {
        return main.getCamelContext().getComponent("quartz", QuartzComponent.class).getScheduler();
    }
}
