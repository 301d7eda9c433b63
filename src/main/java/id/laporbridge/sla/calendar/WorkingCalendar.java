package id.laporbridge.sla.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working time of the regency's OPDs: weekly schedules, the schedule each OPD follows, dated overrides, single days
 * off and the national holidays. Loaded by {@link WorkingCalendarLoader}.
 */
public final class WorkingCalendar {

    private final ZoneId zone;
    private final Map<String, WeeklyHours> schedules;
    private final String defaultSchedule;
    private final Map<String, String> scheduleByOpd;
    private final List<HoursOverride> overrides;
    private final List<DayOff> daysOff;
    private final HolidayFile holidays;

    WorkingCalendar(ZoneId zone, Map<String, WeeklyHours> schedules, String defaultSchedule,
                    Map<String, String> scheduleByOpd, List<HoursOverride> overrides, List<DayOff> daysOff,
                    HolidayFile holidays) {
        this.zone = zone;
        this.schedules = Map.copyOf(schedules);
        this.defaultSchedule = defaultSchedule;
        this.scheduleByOpd = Map.copyOf(scheduleByOpd);
        this.overrides = List.copyOf(overrides);
        this.daysOff = List.copyOf(daysOff);
        this.holidays = holidays;
    }

    /** Returns the working time of an OPD by its Lapor Bantul kode; unknown or null codes get the default. */
    public WorkingTime forOpd(String opdCode) {
        String schedule = opdCode == null ? defaultSchedule : scheduleByOpd.getOrDefault(opdCode, defaultSchedule);
        return new WorkingTime(this, schedule);
    }

    public ZoneId zone() {
        return zone;
    }

    public HolidayFile holidays() {
        return holidays;
    }

    /** Returns the working periods of a schedule on a date, after holidays, days off and overrides. */
    public List<WorkPeriod> periodsOn(String schedule, LocalDate date) {
        if (holidays.isHoliday(date) || daysOff.stream().anyMatch(off -> off.appliesTo(schedule, date))) {
            return List.of();
        }
        Optional<WeeklyHours> override = overrides.stream()
                .flatMap(candidate -> candidate.hoursFor(schedule, date).stream())
                .findFirst();
        return override.orElse(schedules.get(schedule)).periodsOn(date.getDayOfWeek());
    }

    /** Returns the years of the dates from {@code from} through {@code days} later that have no holiday entries. */
    public Set<Integer> yearsWithoutHolidays(LocalDate from, int days) {
        Set<Integer> known = holidays.years();
        Set<Integer> missing = new TreeSet<>();
        for (LocalDate date = from; !date.isAfter(from.plusDays(days)); date = date.plusDays(1)) {
            if (!known.contains(date.getYear())) {
                missing.add(date.getYear());
            }
        }
        return missing;
    }
}
