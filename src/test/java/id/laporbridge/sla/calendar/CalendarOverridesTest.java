package id.laporbridge.sla.calendar;

import static id.laporbridge.sla.TestTimes.wib;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

class CalendarOverridesTest {

    private static final String SECTIONS = """
            opd-schedules:
              "30100": six-day
            overrides:
              - name: Ramadan
                from: 2027-02-08
                to: 2027-03-09
                schedules:
                  five-day:
                    monday-thursday: ["08:00-12:00", "12:30-15:00"]
                    friday: ["08:00-11:30", "13:00-15:30"]
            days-off:
              - date: 2027-01-04
                name: Local day off
                schedules: [six-day]
            """;

    @TempDir
    Path folder;

    private WorkingCalendar calendar;

    @BeforeEach
    void loadCalendar() throws IOException {
        calendar = TestCalendars.write(folder, TestCalendars.yaml(SECTIONS), "2027-03-10,Nyepi,libur_nasional,yes\n");
    }

    @Test
    void ramadanOverrideShortensDay() {
        WorkingTime fiveDay = calendar.forOpd("12500");

        assertThat(fiveDay.addWorkingMinutes(wib("2027-02-08T14:50"), 20)).isEqualTo(wib("2027-02-09T08:10"));
    }

    @Test
    void ramadanOverrideHasItsOwnBreak() {
        WorkingTime fiveDay = calendar.forOpd("12500");

        assertThat(fiveDay.addWorkingMinutes(wib("2027-02-08T11:50"), 20)).isEqualTo(wib("2027-02-08T12:40"));
    }

    @Test
    void overrideEndsAfterLastDate() {
        WorkingTime fiveDay = calendar.forOpd("12500");

        // 9 March is the last Ramadan day; 10 March is a holiday; 11 March has the usual hours again.
        assertThat(fiveDay.addWorkingMinutes(wib("2027-03-09T14:50"), 20)).isEqualTo(wib("2027-03-11T07:40"));
    }

    @Test
    void overrideLeavesUnnamedScheduleAlone() {
        WorkingTime sixDay = calendar.forOpd("30100");

        assertThat(sixDay.addWorkingMinutes(wib("2027-02-08T13:50"), 20)).isEqualTo(wib("2027-02-09T07:40"));
    }

    @Test
    void sixDayWeekWorksSaturday() {
        WorkingTime sixDay = calendar.forOpd("30100");

        assertThat(sixDay.addWorkingMinutes(wib("2026-11-06T11:20"), 20)).isEqualTo(wib("2026-11-07T07:40"));
        assertThat(sixDay.addWorkingMinutes(wib("2026-11-07T12:50"), 20)).isEqualTo(wib("2026-11-09T07:40"));
    }

    @Test
    void sixDayWeekCountsSaturdayAsWorkingDay() {
        WorkingTime sixDay = calendar.forOpd("30100");

        assertThat(sixDay.addWorkingDays(wib("2026-11-05T10:00"), 2)).isEqualTo(wib("2026-11-07T13:00"));
    }

    @Test
    void dayOffAppliesOnlyToNamedSchedule() {
        assertThat(calendar.forOpd("30100").isWorkingDay(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(calendar.forOpd("12500").isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
    }
}
