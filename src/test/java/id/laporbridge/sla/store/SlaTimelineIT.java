package id.laporbridge.sla.store;

import static id.laporbridge.sla.TestTimes.wib;
import static org.assertj.core.api.Assertions.assertThat;

import id.laporbridge.sla.SlaModule;
import id.laporbridge.store.ComplaintReport;
import id.laporbridge.store.Database;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The SLA timeline that {@code complaint show} prints, read through {@link ComplaintReport}. */
class SlaTimelineIT {

    @TempDir
    Path folder;

    private Database database;

    @BeforeEach
    void answerLate() throws Exception {
        TestStore store = new TestStore(folder);
        long aduan = store.insertComplaint("lapor-bantul", "101", "12500", "2026-11-02T08:00");
        store.insertStatus(aduan, "diterima_operator", "2026-11-02T08:05");
        store.insertStatus(aduan, "dijawab", "2026-11-02T10:00");
        SlaModule.create(store.dataSource(), Path.of("config"), clockAt("2026-11-02T10:05")).slaCheck().run();
        database = Database.open(TestStore.jdbcUrl(folder), 2);
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    @Test
    void timelineShowsEachStepState() {
        Map<String, String> states = statesAt("2026-11-02T10:05");

        // Ordered by start, then rule id. Step 2 was due 09:05 and dijawab came at 10:00, which skipped steps
        // 3 to 6. Step 7 runs from 10:00 with 30 minutes, due 10:30, and is on time at 10:05.
        assertThat(states).containsExactly(
                Map.entry("lapor-bantul-first-answer-48h", "on time"),
                Map.entry("sop-1-file", "on time"),
                Map.entry("sop-2-receive", "breached"),
                Map.entry("sop-3-examine", "skipped"),
                Map.entry("sop-4-handle", "skipped"),
                Map.entry("sop-5-check", "skipped"),
                Map.entry("sop-6-post", "skipped"),
                Map.entry("sop-7-receive", "on time"));
    }

    @Test
    void runningStepBecomesApproachingThenBreached() {
        // Step 7's due-soon time is 80 % of 30 minutes after 10:00, 10:24.
        assertThat(statesAt("2026-11-02T10:25")).containsEntry("sop-7-receive", "approaching");
        assertThat(statesAt("2026-11-02T10:31")).containsEntry("sop-7-receive", "breached");
    }

    @Test
    void timelineRowHasStartDueAndEnd() {
        Map<String, Object> step2 = slaRows("2026-11-02T10:05").stream()
                .filter(row -> "sop-2-receive".equals(row.get("RULE_ID"))).findFirst().orElseThrow();

        assertThat(step2).containsKeys("STARTED_AT", "DUE", "ENDED_AT", "STATE");
        assertThat(step2.get("STARTED_AT")).hasToString("2026-11-02T01:05Z");
        assertThat(step2.get("DUE")).hasToString("2026-11-02T02:05Z");
        assertThat(step2.get("ENDED_AT")).hasToString("2026-11-02T03:00Z");
    }

    private Map<String, String> statesAt(String localTime) {
        Map<String, String> states = new LinkedHashMap<>();
        slaRows(localTime).forEach(row -> states.put((String) row.get("RULE_ID"), (String) row.get("STATE")));
        return states;
    }

    private List<Map<String, Object>> slaRows(String localTime) {
        return new ComplaintReport(database, clockAt(localTime)).find("lapor-bantul:101").orElseThrow().get("sla");
    }

    private static Clock clockAt(String localTime) {
        return Clock.fixed(wib(localTime), ZoneOffset.UTC);
    }
}
