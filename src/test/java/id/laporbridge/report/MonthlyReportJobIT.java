package id.laporbridge.report;

import static id.laporbridge.sla.TestTimes.wib;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

/** Runs the monthly job against the fixture store at chosen times. */
class MonthlyReportJobIT {

    @TempDir
    Path folder;

    private ReportFixture fixture;

    @BeforeEach
    void createStore() throws Exception {
        fixture = new ReportFixture(folder);
    }

    @Test
    void firstWorkingDayWritesPreviousMonth() {
        List<Path> written = job("2026-12-01T07:00").run();
        assertThat(written).containsExactly(folder.resolve("reports/laporan-sop-2026-11.html"),
                folder.resolve("reports/laporan-sop-2026-11.xlsx"));
        assertThat(written).allSatisfy(file -> assertThat(Files.size(file)).isPositive());
    }

    @Test
    void secondRunWritesNothing() {
        job("2026-12-01T07:00").run();
        assertThat(job("2026-12-02T07:00").run()).isEmpty();
    }

    @Test
    void daysBeforeFirstWorkingDayWriteNothing() {
        // 1 August 2026 is a Saturday: the first working day is Monday 3 August.
        assertThat(job("2026-08-01T07:00").run()).isEmpty();
        assertThat(job("2026-08-02T07:00").run()).isEmpty();
        assertThat(job("2026-08-03T07:00").run()).hasSize(2);
    }

    @Test
    void missedFirstWorkingDayIsCaughtUp() {
        assertThat(job("2026-12-03T07:00").run()).hasSize(2);
    }

    @Test
    void missingFormatIsWrittenAlone() throws Exception {
        job("2026-12-01T07:00").run();
        Files.delete(folder.resolve("reports/laporan-sop-2026-11.xlsx"));
        assertThat(job("2026-12-04T07:00").run()).containsExactly(folder.resolve("reports/laporan-sop-2026-11.xlsx"));
    }

    private MonthlyReportJob job(String wibTime) {
        Clock clock = Clock.fixed(wib(wibTime), ZoneOffset.UTC);
        ReportBuilder builder = new ReportBuilder(fixture.dataSource(), ReportFixture.config(), clock);
        return new MonthlyReportJob(builder, ReportFixture.config().calendar(), folder.resolve("reports"),
                List.of(ReportFormat.HTML, ReportFormat.XLSX), clock);
    }
}
