package id.laporbridge.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.laporbridge.sla.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

class FirstWorkingDayTest {

    private final WorkingCalendar calendar = ReportFixture.config().calendar();

    @Test
    void monthStartingOnWeekdayStartsThatDay() {
        assertThat(FirstWorkingDay.of(calendar, YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void weekendMovesToMonday() {
        assertThat(FirstWorkingDay.of(calendar, YearMonth.of(2026, 8))).isEqualTo(LocalDate.of(2026, 8, 3));
    }

    @Test
    void holidayMovesToNextDay() {
        // 1 June 2026 is Hari Lahir Pancasila, a Monday.
        assertThat(FirstWorkingDay.of(calendar, YearMonth.of(2026, 6))).isEqualTo(LocalDate.of(2026, 6, 2));
    }
}
