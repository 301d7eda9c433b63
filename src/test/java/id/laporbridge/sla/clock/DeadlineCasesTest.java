package id.laporbridge.sla.clock;

import static id.laporbridge.sla.TestTimes.wib;
import static id.laporbridge.sla.clock.EngineFixture.clock;
import static id.laporbridge.sla.clock.EngineFixture.compute;
import static org.assertj.core.api.Assertions.assertThat;

import id.laporbridge.sla.SlaConfig;
import id.laporbridge.sla.calendar.TestCalendars;
import id.laporbridge.sla.calendar.WorkingCalendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/**
 * Deadlines of whole complaints through the shipped rules, each computed by hand in a comment. The five-day week
 * works Monday to Thursday 07:30-12:00 and 13:00-16:00, Friday 07:30-11:30 and 13:00-14:30; the six-day week
 * Monday to Thursday 07:30-14:00, Friday 07:30-11:30 and Saturday 07:30-13:00.
 */
class DeadlineCasesTest {

    @TempDir
    Path folder;

    @Test
    void stepCrossingWeekend() {
        List<ClockState> clocks = compute(TimelineBuilder.laporBantul("2026-11-06T08:00")
                .status("diterima_operator", "2026-11-06T08:05")
                .status("diteruskan_penanggung_jawab", "2026-11-06T08:30")
                .status("ditangani_unit_teknis", "2026-11-06T13:00"));

        // Step 4 has 660 minutes from Friday 13:00: 90 to 14:30 (570 left), Monday 270 before the break
        // (300 left) and 180 after it (120 left), Tuesday 07:30 + 120 = 09:30.
        assertThat(clock(clocks, "sop-4-handle", 0).deadline()).isEqualTo(wib("2026-11-10T09:30"));
    }

    @Test
    void stepSkipsNationalHoliday() {
        List<ClockState> clocks = compute(TimelineBuilder.laporBantul("2026-08-14T13:50")
                .status("diterima_operator", "2026-08-14T14:00"));

        // Step 2 has 60 minutes from Friday 14:00: 30 to 14:30, the weekend, Monday 17 August (Independence
        // Day) off, Tuesday 07:30 + 30 = 08:00.
        assertThat(clock(clocks, "sop-2-receive", 0).deadline()).isEqualTo(wib("2026-08-18T08:00"));
    }

    @Test
    void stepSkipsCutiBersama() {
        List<ClockState> clocks = compute(TimelineBuilder.laporBantul("2026-12-23T15:20")
                .status("diterima_operator", "2026-12-23T15:30"));

        // Step 2 has 60 minutes from Wednesday 15:30: 30 to 16:00; Thursday 24 December is cuti bersama,
        // Friday 25 December Christmas, then the weekend; Monday 07:30 + 30 = 08:00.
        assertThat(clock(clocks, "sop-2-receive", 0).deadline()).isEqualTo(wib("2026-12-28T08:00"));
    }

    @Test
    void fridayAfternoonOnFiveDayWeek() {
        List<ClockState> clocks = compute(TimelineBuilder.laporBantul("2026-11-06T13:50")
                .status("diterima_operator", "2026-11-06T14:00"));

        // Friday closes at 14:30, not 16:00: 30 minutes on Friday, then Monday 07:30 + 30 = 08:00.
        // On a Thursday the same step would end at 15:00.
        assertThat(clock(clocks, "sop-2-receive", 0).deadline()).isEqualTo(wib("2026-11-09T08:00"));
    }

    @Test
    void saturdayOnSixDayWeek() throws Exception {
        ClockEngine engine = engine(TestCalendars.write(folder, TestCalendars.yaml("""
                opd-schedules:
                  "30100": six-day
                """), ""));

        List<ClockState> clocks = engine.compute(new ComplaintTimeline("lapor-bantul", "30100",
                wib("2026-11-06T10:50"), List.of(TimelineEvent.status("diterima_operator", wib("2026-11-06T11:00")))));

        // Step 2 has 60 minutes from Friday 11:00: 30 to 11:30, then Saturday 07:30 + 30 = 08:00.
        assertThat(clock(clocks, "sop-2-receive", 0).deadline()).isEqualTo(wib("2026-11-07T08:00"));
    }

    @Test
    void ramadanOverrideHours() throws Exception {
        ClockEngine engine = engine(TestCalendars.write(folder, TestCalendars.yaml("""
                overrides:
                  - name: Ramadan
                    from: 2027-02-08
                    to: 2027-03-09
                    schedules:
                      five-day:
                        monday-thursday: ["08:00-12:00", "12:30-15:00"]
                        friday: ["08:00-11:30", "13:00-15:30"]
                """), "2027-01-01,Tahun Baru,libur_nasional,no\n"));

        List<ClockState> clocks = engine.compute(new ComplaintTimeline("lapor-bantul", "12500",
                wib("2027-02-08T14:20"), List.of(TimelineEvent.status("diterima_operator", wib("2027-02-08T14:30")))));

        // Ramadan days close at 15:00: 30 minutes on Monday, then Tuesday from 08:00 + 30 = 08:30.
        // With the usual hours the step would end Monday 15:30.
        assertThat(clock(clocks, "sop-2-receive", 0).deadline()).isEqualTo(wib("2027-02-09T08:30"));
    }

    @Test
    void stepCrossingYearEnd() {
        List<ClockState> clocks = compute(TimelineBuilder.laporBantul("2025-12-31T15:20")
                .status("diterima_operator", "2025-12-31T15:30"));

        // 30 minutes on Wednesday 31 December; 1 January is New Year's Day; Friday 2 January 07:30 + 30 = 08:00.
        assertThat(clock(clocks, "sop-2-receive", 0).deadline()).isEqualTo(wib("2026-01-02T08:00"));
    }

    @Test
    void workingDaysCrossingYearEnd() {
        List<ClockState> clocks = compute(TimelineBuilder.sp4n("2025-12-29T10:00"));

        // 3 working days after Monday 29 December: Tuesday 30 (1), Wednesday 31 (2), Thursday 1 January is
        // a holiday, Friday 2 January (3), due at Friday's close, 14:30.
        assertThat(clock(clocks, "national-verify-dispose", 0).deadline()).isEqualTo(wib("2026-01-02T14:30"));
    }

    @Test
    void calendarAndWorkingClocksDiffer() {
        List<ClockState> clocks = compute(TimelineBuilder.laporBantul("2026-11-06T14:25"));

        // The 48-hour answer counts wall-clock time: Friday 14:25 + 48 h = Sunday 14:25.
        assertThat(clock(clocks, "lapor-bantul-first-answer-48h", 0).deadline())
                .isEqualTo(wib("2026-11-08T14:25"));
        // Step 1 counts working time: 5 minutes to Friday's 14:30 close, then Monday 07:30 + 5 = 07:35.
        assertThat(clock(clocks, "sop-1-file", 0).deadline()).isEqualTo(wib("2026-11-09T07:35"));
    }

    @Test
    void directAnswerEndsEarly() {
        List<ClockState> clocks = compute(TimelineBuilder.laporBantul("2026-11-02T08:00")
                .status("diterima_operator", "2026-11-02T08:05")
                .status("dijawab", "2026-11-02T08:40"));

        // Step 2 was due 08:05 + 60 = 09:05 and ended 08:40; steps 3 to 6 are skipped; step 7 runs from the
        // answer with 30 minutes: 08:40 + 30 = 09:10.
        assertThat(clock(clocks, "sop-2-receive", 0).deadline()).isEqualTo(wib("2026-11-02T09:05"));
        assertThat(clock(clocks, "sop-2-receive", 0).outcome()).isEqualTo(Outcome.MET);
        assertThat(clock(clocks, "sop-4-handle", 0).outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(clock(clocks, "sop-7-receive", 0).deadline()).isEqualTo(wib("2026-11-02T09:10"));
    }

    @Test
    void interimAnswerAcrossBreak() {
        List<ClockState> clocks = compute(TimelineBuilder.laporBantul("2026-11-02T11:20")
                .status("diterima_operator", "2026-11-02T11:30")
                .message("sementara", "2026-11-02T13:20"));

        // Step 2 has 60 minutes from 11:30: 30 to the 12:00 break, 30 from 13:00, due 13:30. The interim answer
        // at 13:20 meets it, and also the 48-hour answer rule.
        assertThat(clock(clocks, "sop-2-receive", 0).deadline()).isEqualTo(wib("2026-11-02T13:30"));
        assertThat(clock(clocks, "sop-2-receive", 0).outcome()).isEqualTo(Outcome.MET);
        assertThat(clock(clocks, "lapor-bantul-first-answer-48h", 0).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void routedComplaintStartsNewRound() {
        List<ClockState> clocks = compute(TimelineBuilder.laporBantul("2026-11-02T08:00")
                .status("diterima_operator", "2026-11-02T08:05")
                .status("dialihkan", "2026-11-02T09:30")
                .status("diterima_operator", "2026-11-02T09:35"));

        // The first OPD's step 2 was due 09:05 and the complaint left at 09:30: breached. The new OPD's step 1
        // runs from 09:30 (due 09:40) and step 2 from 09:35: 09:35 + 60 = 10:35.
        assertThat(clock(clocks, "sop-2-receive", 0).outcome()).isEqualTo(Outcome.BREACHED);
        assertThat(clock(clocks, "sop-1-file", 1).deadline()).isEqualTo(wib("2026-11-02T09:40"));
        assertThat(clock(clocks, "sop-2-receive", 1).deadline()).isEqualTo(wib("2026-11-02T10:35"));
    }

    @Test
    void reporterReplyRestartsFollowUp() {
        List<ClockState> clocks = compute(TimelineBuilder.sp4n("2026-11-02T09:00")
                .status("TERDISPOSISI", "2026-11-04T10:00")
                .message("instansi", "2026-11-09T10:00")
                .message("pelapor", "2026-11-12T09:00"));

        // The reply on Thursday 12 November starts a new 5-day follow-up: Friday 13 (1), Monday 16 (2),
        // Tuesday 17 (3), Wednesday 18 (4), Thursday 19 (5), due at 16:00. The closure clock stops.
        assertThat(clock(clocks, "national-follow-up", 1).deadline()).isEqualTo(wib("2026-11-19T16:00"));
        assertThat(clock(clocks, "national-closure", 0).outcome()).isEqualTo(Outcome.SKIPPED);
    }

    private static ClockEngine engine(WorkingCalendar calendar) {
        return new ClockEngine(SlaConfig.load(Path.of("config")).rules(), calendar);
    }
}
