package id.laporbridge.sla;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import id.laporbridge.sla.calendar.TestCalendars;
import id.laporbridge.sla.calendar.WorkingCalendar;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;

class HolidayCoverageCheckTest {

    @TempDir
    Path folder;

    private final SlaLogCapture log = new SlaLogCapture();

    @AfterEach
    void stopCapture() {
        log.close();
    }

    @Test
    void warnsWhenNextYearIsMissing() throws IOException {
        HolidayCoverageCheck check = new HolidayCoverageCheck(calendarWith2026(), at("2026-12-04T01:00:00Z"));

        assertThat(check.check()).containsExactly(2027);
        assertThat(log.messages(Level.WARN)).singleElement().asString()
                .contains("Holiday calendar incomplete").contains("missing_years=[2027]");
    }

    @Test
    void quietWhenLookaheadIsCovered() throws IOException {
        HolidayCoverageCheck check = new HolidayCoverageCheck(calendarWith2026(), at("2026-06-01T01:00:00Z"));

        assertThat(check.check()).isEmpty();
        assertThat(log.messages(Level.WARN)).isEmpty();
    }

    @Test
    void quietAfterOperatorAddsYear() throws IOException {
        WorkingCalendar calendar = calendarWith2026();
        HolidayCoverageCheck check = new HolidayCoverageCheck(calendar, at("2026-12-04T01:00:00Z"));
        Path csv = folder.resolve("holidays.csv");
        Files.writeString(csv, Files.readString(csv) + "2027-01-01,Tahun Baru Masehi,libur_nasional,yes\n");
        Files.setLastModifiedTime(csv, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

        assertThat(check.check()).isEmpty();
        assertThat(log.messages(Level.WARN)).isEmpty();
    }

    private WorkingCalendar calendarWith2026() throws IOException {
        return TestCalendars.write(folder, TestCalendars.yaml(""), "2026-12-25,Hari Raya Natal,libur_nasional,no\n");
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), TestTimes.WIB);
    }
}
