package id.laporbridge.report;

import static id.laporbridge.sla.TestTimes.wib;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

/** Checks the figures computed from the fixture store, before any rendering. */
class SopReportFiguresIT {

    @TempDir
    static Path folder;

    private static SopReport report;

    @BeforeAll
    static void buildReport() throws Exception {
        report = new ReportFixture(folder).build(null);
    }

    @Test
    void countsEachComplaintOnceBySource() {
        assertThat(report.counts()).containsExactly(
                new ComplaintCounts(Scope.REGENCY, 5, 2, 2, 3, 1, 1, 2),
                new ComplaintCounts(Scope.opd("10200"), 3, 1, 0, 2, 1, 1, 1),
                new ComplaintCounts(Scope.opd("10300"), 2, 1, 2, 1, 0, 0, 1));
    }

    @Test
    void countsCategoriesPerScope() {
        assertThat(report.categories()).contains(
                new CategoryCount(Scope.REGENCY, "JALAN", 3, 1),
                new CategoryCount(Scope.REGENCY, "KESEHATAN", 1, 1),
                new CategoryCount(Scope.REGENCY, ReportFixture.SCRIPT_CATEGORY, 1, 0),
                new CategoryCount(Scope.opd("10300"), "KESEHATAN", 1, 1));
        assertThat(report.categories()).hasSize(3 + 1 + 2);
    }

    @Test
    void stepTimesUseWorkingMinutes() {
        assertThat(report.steps()).contains(
                new StepFigures(Scope.REGENCY, 2, "sop-2-receive", 60, 3, 45L, 100L, 2),
                new StepFigures(Scope.REGENCY, 4, "sop-4-handle", 660, 1, 450L, 450L, 1),
                new StepFigures(Scope.REGENCY, 1, "sop-1-file", 10, 0, null, null, 0),
                new StepFigures(Scope.opd("10300"), 2, "sop-2-receive", 60, 3, 45L, 100L, 2));
        assertThat(report.steps()).as("7 steps for the regency and each of 2 OPDs").hasSize(21);
    }

    @Test
    void nationalRulesCountRunningOverdueAsLate() {
        assertThat(report.nationalRules()).contains(
                new RuleCompliance(Scope.REGENCY, "national-verify-dispose", 3, 1, 1),
                new RuleCompliance(Scope.REGENCY, "national-follow-up", 5, 0, 1),
                new RuleCompliance(Scope.REGENCY, "national-closure", 10, 0, 0),
                new RuleCompliance(Scope.opd("10200"), "national-verify-dispose", 3, 0, 1),
                new RuleCompliance(Scope.opd("10300"), "national-verify-dispose", 3, 1, 0));
    }

    @Test
    void breachesListNumbersByDeadline() {
        assertThat(report.breaches()).containsExactly(
                new Breach("LB-1005", "lapor-bantul", "10300", "sop-2-receive", 2, wib("2026-11-04T10:00"),
                        wib("2026-11-04T10:40")),
                new Breach("SP-2001", "sp4n", "10300", "national-follow-up", null, wib("2026-11-10T16:00"),
                        wib("2026-11-12T09:00")),
                new Breach("SP-2002", "sp4n", "10200", "national-verify-dispose", null, wib("2026-11-13T14:30"),
                        null));
    }

    @Test
    void duplicatesSkipSimilarAndMirrorLinks() {
        assertThat(report.duplicates()).containsExactly(
                new DuplicateFound("LB-1002", "lapor-bantul", "10300", LocalDate.of(2026, 11, 4), "LB-0999"),
                new DuplicateFound("LB-1006", "lapor-bantul", "10200", LocalDate.of(2026, 11, 12), "LB-1003"));
    }

    @Test
    void monthsCountAllRules() {
        assertThat(report.months()).containsExactly(new MonthlyOnTime(YearMonth.of(2026, 11), 4, 3));
    }

    @Test
    void opdFilterLeavesOtherOpdsOut() throws Exception {
        SopReport onlyHealth = new ReportFixture(folder.resolve("filtered")).build("10300");
        assertThat(onlyHealth.counts()).containsExactly(
                new ComplaintCounts(Scope.opd("10300"), 2, 1, 2, 1, 0, 0, 1));
        assertThat(onlyHealth.breaches()).extracting(Breach::complaintNumber).containsExactly("LB-1005", "SP-2001");
        assertThat(onlyHealth.months()).containsExactly(new MonthlyOnTime(YearMonth.of(2026, 11), 3, 2));
    }
}
