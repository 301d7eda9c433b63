package id.laporbridge.sla;

import id.laporbridge.sla.calendar.WorkingCalendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * Warns when the holiday file has no entries for the year of a date in the coming days, because working-day
 * deadlines in that year would then ignore every holiday. Called at start and by the daily route.
 */
public final class HolidayCoverageCheck {

    /** How many days ahead the check looks. */
    public static final int LOOKAHEAD_DAYS = 60;

    private final WorkingCalendar calendar;
    private final Clock clock;

    public HolidayCoverageCheck(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Reloads the holiday file if it changed, then returns the uncovered years, logging a WARN when there are any. */
    public Set<Integer> check() {
        calendar.holidays().reloadIfChanged();
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        Set<Integer> missing = calendar.yearsWithoutHolidays(today, LOOKAHEAD_DAYS);
        if (!missing.isEmpty()) {
            SlaLog.LOG.warn("Holiday calendar incomplete, working-day deadlines ignore holidays in these years until "
                    + "their dates are added: missing_years={} lookahead_days={} file={}",
                    missing, LOOKAHEAD_DAYS, calendar.holidays().file());
        }
        return missing;
    }
}
