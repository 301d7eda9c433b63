package id.laporbridge.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Working-time arithmetic for one schedule of a {@link WorkingCalendar}: adding working time to an instant, measuring
 * the working time between two instants and adding working days. Periods are half-open, so 12:00 is the last instant
 * of a period that ends at 12:00.
 */
public final class WorkingTime {

    /** How far the arithmetic searches for working time before it gives up, in days. */
    static final int MAX_SEARCH_DAYS = 3660;

    private final WorkingCalendar calendar;
    private final String schedule;

    WorkingTime(WorkingCalendar calendar, String schedule) {
        this.calendar = calendar;
        this.schedule = schedule;
    }

    public String schedule() {
        return schedule;
    }

    public Instant addWorkingMinutes(Instant start, long minutes) {
        return addWorkingTime(start, Duration.ofMinutes(minutes));
    }

    /**
     * Returns the instant at which {@code amount} of working time has passed since {@code start}. A start outside
     * working time counts from the next working period. A zero amount returns {@code start} unchanged.
     *
     * @throws IllegalStateException when the schedule has no working time for {@value #MAX_SEARCH_DAYS} days
     */
    public Instant addWorkingTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("working time to add is negative: " + amount);
        }
        if (amount.isZero()) {
            return start;
        }
        Duration remaining = amount;
        LocalDate date = localDate(start);
        for (int day = 0; day < MAX_SEARCH_DAYS; day++, date = date.plusDays(1)) {
            for (WorkPeriod period : periodsOn(date)) {
                Instant from = latest(start, instant(date, period.start()));
                Instant end = instant(date, period.end());
                if (!from.isBefore(end)) {
                    continue;
                }
                Duration available = Duration.between(from, end);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw noWorkingTime(start);
    }

    public long workingMinutesBetween(Instant from, Instant to) {
        return workingTimeBetween(from, to).toMinutes();
    }

    /** Returns the working time within {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        LocalDate last = localDate(to);
        for (LocalDate date = localDate(from); !date.isAfter(last); date = date.plusDays(1)) {
            for (WorkPeriod period : periodsOn(date)) {
                Instant start = latest(from, instant(date, period.start()));
                Instant end = earliest(to, instant(date, period.end()));
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /**
     * Returns the end of the working hours of the {@code days}-th working day after the day of {@code start}. The
     * day of {@code start} itself does not count, so a complaint disposed on Monday with 3 working days is due at the
     * end of Thursday's hours when no holiday falls between.
     *
     * @throws IllegalStateException when the schedule has no working day for {@value #MAX_SEARCH_DAYS} days
     */
    public Instant addWorkingDays(Instant start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("working days to add must be at least 1, not " + days);
        }
        int counted = 0;
        LocalDate date = localDate(start);
        for (int day = 0; day < MAX_SEARCH_DAYS; day++) {
            date = date.plusDays(1);
            List<WorkPeriod> periods = periodsOn(date);
            if (!periods.isEmpty() && ++counted == days) {
                return instant(date, periods.get(periods.size() - 1).end());
            }
        }
        throw noWorkingTime(start);
    }

    public boolean isWorkingDay(LocalDate date) {
        return !periodsOn(date).isEmpty();
    }

    private List<WorkPeriod> periodsOn(LocalDate date) {
        return calendar.periodsOn(schedule, date);
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(calendar.zone()).toLocalDate();
    }

    private Instant instant(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(calendar.zone()).toInstant();
    }

    private IllegalStateException noWorkingTime(Instant start) {
        return new IllegalStateException("schedule " + schedule + " has no working time within "
                + MAX_SEARCH_DAYS + " days after " + start);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
