package id.laporbridge.sla.calendar;

import static id.laporbridge.sla.TestTimes.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

class WorkingTimeTest {

    private final WorkingTime fiveDay = TestCalendars.shipped().forOpd("12500");

    @Test
    void addMinutesWithinPeriod() {
        assertThat(fiveDay.addWorkingMinutes(wib("2026-11-02T08:00"), 60)).isEqualTo(wib("2026-11-02T09:00"));
    }

    @Test
    void addMinutesSkipsLunchBreak() {
        assertThat(fiveDay.addWorkingMinutes(wib("2026-11-02T11:50"), 20)).isEqualTo(wib("2026-11-02T13:10"));
    }

    @Test
    void addMinutesEndingExactlyAtBreak() {
        assertThat(fiveDay.addWorkingMinutes(wib("2026-11-02T11:50"), 10)).isEqualTo(wib("2026-11-02T12:00"));
    }

    @Test
    void addMinutesCarriesIntoNextMorning() {
        assertThat(fiveDay.addWorkingMinutes(wib("2026-11-05T15:50"), 20)).isEqualTo(wib("2026-11-06T07:40"));
    }

    @Test
    void addMinutesUsesShorterFriday() {
        assertThat(fiveDay.addWorkingMinutes(wib("2026-11-06T14:20"), 20)).isEqualTo(wib("2026-11-09T07:40"));
    }

    @Test
    void addMinutesFromWeekendStartsMonday() {
        assertThat(fiveDay.addWorkingMinutes(wib("2026-11-07T10:00"), 60)).isEqualTo(wib("2026-11-09T08:30"));
    }

    @Test
    void addMinutesFromEveningStartsNextMorning() {
        assertThat(fiveDay.addWorkingMinutes(wib("2026-11-02T19:00"), 10)).isEqualTo(wib("2026-11-03T07:40"));
    }

    @Test
    void addMinutesSkipsHolidayAfterWeekend() {
        // 2026-06-01 (Hari Lahir Pancasila) is a Monday.
        assertThat(fiveDay.addWorkingMinutes(wib("2026-05-29T14:00"), 60)).isEqualTo(wib("2026-06-02T08:00"));
    }

    @Test
    void addZeroMinutesReturnsStart() {
        Instant saturday = wib("2026-11-07T10:00");

        assertThat(fiveDay.addWorkingMinutes(saturday, 0)).isEqualTo(saturday);
    }

    @Test
    void addNegativeMinutesIsRejected() {
        assertThatThrownBy(() -> fiveDay.addWorkingMinutes(wib("2026-11-02T08:00"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void minutesBetweenCountsBreaks() {
        assertThat(fiveDay.workingMinutesBetween(wib("2026-11-02T07:00"), wib("2026-11-02T17:00"))).isEqualTo(450);
    }

    @Test
    void minutesBetweenCountsWholeWeek() {
        // Four days of 450 minutes and a Friday of 330.
        assertThat(fiveDay.workingMinutesBetween(wib("2026-11-02T00:00"), wib("2026-11-09T00:00"))).isEqualTo(2130);
    }

    @Test
    void minutesBetweenSkipsHoliday() {
        assertThat(fiveDay.workingMinutesBetween(wib("2026-05-29T14:00"), wib("2026-06-02T08:00"))).isEqualTo(60);
    }

    @Test
    void minutesBetweenReversedIsZero() {
        assertThat(fiveDay.workingMinutesBetween(wib("2026-11-03T08:00"), wib("2026-11-02T08:00"))).isZero();
    }

    @Test
    void minutesBetweenInvertsAdd() {
        Instant start = wib("2026-05-13T15:17");
        for (long minutes : new long[] {1, 43, 450, 661, 1060, 5000}) {
            Instant end = fiveDay.addWorkingMinutes(start, minutes);

            assertThat(fiveDay.workingMinutesBetween(start, end)).as("minutes=%d", minutes).isEqualTo(minutes);
        }
    }

    @Test
    void addWorkingDaysEndsAtClose() {
        assertThat(fiveDay.addWorkingDays(wib("2026-11-02T10:00"), 3)).isEqualTo(wib("2026-11-05T16:00"));
    }

    @Test
    void addWorkingDaysEndsFridayAtFridayClose() {
        assertThat(fiveDay.addWorkingDays(wib("2026-11-05T10:00"), 1)).isEqualTo(wib("2026-11-06T14:30"));
    }

    @Test
    void addWorkingDaysSkipsHolidaysAndWeekend() {
        // 14 and 15 May 2026 are a holiday and a cuti bersama day.
        assertThat(fiveDay.addWorkingDays(wib("2026-05-13T10:00"), 3)).isEqualTo(wib("2026-05-20T16:00"));
    }

    @Test
    void addWorkingDaysFromWeekend() {
        assertThat(fiveDay.addWorkingDays(wib("2026-11-07T10:00"), 1)).isEqualTo(wib("2026-11-09T16:00"));
    }

    @Test
    void cutiBersamaIsNoWorkingDay() {
        assertThat(fiveDay.isWorkingDay(LocalDate.of(2026, 12, 24))).isFalse();
        assertThat(fiveDay.isWorkingDay(LocalDate.of(2026, 12, 23))).isTrue();
    }

    @Test
    void unknownOpdFollowsDefaultSchedule() {
        assertThat(TestCalendars.shipped().forOpd("99999").schedule()).isEqualTo("five-day");
        assertThat(TestCalendars.shipped().forOpd(null).schedule()).isEqualTo("five-day");
    }
}
