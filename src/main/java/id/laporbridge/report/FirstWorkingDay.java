package id.laporbridge.report;

import id.laporbridge.sla.calendar.WorkingCalendar;
import id.laporbridge.sla.calendar.WorkingTime;

import java.time.LocalDate;
import java.time.YearMonth;

/** Finds the first working day of a month in the default schedule of the SLA working calendar. */
final class FirstWorkingDay {

    private FirstWorkingDay() {
    }

    /**
     * Returns the first day of {@code month} that has working hours after weekends, holidays and days off.
     *
     * @throws IllegalStateException when the month has no working day at all
     */
    static LocalDate of(WorkingCalendar calendar, YearMonth month) {
        WorkingTime workingTime = calendar.forOpd(null);
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if (workingTime.isWorkingDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("no working day in " + month + " in schedule " + workingTime.schedule());
    }
}
