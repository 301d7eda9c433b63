package id.laporbridge.sla.clock;

import static id.laporbridge.sla.TestTimes.wib;
import static id.laporbridge.sla.clock.EngineFixture.clock;
import static id.laporbridge.sla.clock.EngineFixture.compute;
import static id.laporbridge.sla.clock.EngineFixture.find;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.List;

class NationalRulesTest {

    private static final String VERIFY = "national-verify-dispose";
    private static final String FOLLOW_UP = "national-follow-up";
    private static final String CLOSURE = "national-closure";

    @Test
    void dispositionWithinThreeWorkingDaysIsMet() {
        List<ClockState> clocks = compute(TimelineBuilder.sp4n("2026-11-02T09:00")
                .status("TERDISPOSISI", "2026-11-04T10:00"));

        assertThat(clock(clocks, VERIFY, 0).deadline()).isEqualTo(wib("2026-11-05T16:00"));
        assertThat(clock(clocks, VERIFY, 0).outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void lateDispositionIsBreached() {
        List<ClockState> clocks = compute(TimelineBuilder.sp4n("2026-11-02T09:00")
                .status("TERDISPOSISI", "2026-11-09T08:00"));

        assertThat(clock(clocks, VERIFY, 0).outcome()).isEqualTo(Outcome.BREACHED);
    }

    @Test
    void followUpDueFiveWorkingDaysAfterDisposition() {
        List<ClockState> clocks = compute(TimelineBuilder.sp4n("2026-11-02T09:00")
                .status("TERDISPOSISI", "2026-11-04T10:00"));

        assertThat(clock(clocks, FOLLOW_UP, 0).deadline()).isEqualTo(wib("2026-11-11T16:00"));
        assertThat(clock(clocks, FOLLOW_UP, 0).outcome()).isEqualTo(Outcome.RUNNING);
    }

    @Test
    void followUpStartsClosureClock() {
        List<ClockState> clocks = compute(TimelineBuilder.sp4n("2026-11-02T09:00")
                .status("TERDISPOSISI", "2026-11-04T10:00")
                .message("instansi", "2026-11-09T10:00")
                .status("DITINDAKLANJUTI", "2026-11-09T10:01"));

        assertThat(clock(clocks, FOLLOW_UP, 0).outcome()).isEqualTo(Outcome.MET);
        assertThat(clock(clocks, CLOSURE, 0).deadline()).isEqualTo(wib("2026-11-23T16:00"));
        assertThat(clock(clocks, CLOSURE, 0).outcome()).isEqualTo(Outcome.RUNNING);
        assertThat(find(clocks, CLOSURE, 1)).isEmpty();
    }

    @Test
    void reporterReplyRestartsFollowUpClock() {
        List<ClockState> clocks = compute(TimelineBuilder.sp4n("2026-11-02T09:00")
                .status("TERDISPOSISI", "2026-11-04T10:00")
                .message("instansi", "2026-11-09T10:00")
                .message("pelapor", "2026-11-12T09:00")
                .status("DITANGGAPI_PELAPOR", "2026-11-12T09:02"));

        assertThat(clock(clocks, CLOSURE, 0).outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(clock(clocks, FOLLOW_UP, 1).startedAt()).isEqualTo(wib("2026-11-12T09:00"));
        assertThat(clock(clocks, FOLLOW_UP, 1).deadline()).isEqualTo(wib("2026-11-19T16:00"));
        assertThat(find(clocks, FOLLOW_UP, 2)).isEmpty();
    }

    @Test
    void secondFollowUpRestartsClosureClock() {
        List<ClockState> clocks = compute(TimelineBuilder.sp4n("2026-11-02T09:00")
                .status("TERDISPOSISI", "2026-11-04T10:00")
                .message("instansi", "2026-11-09T10:00")
                .message("instansi", "2026-11-10T10:00"));

        assertThat(clock(clocks, CLOSURE, 0).outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(clock(clocks, CLOSURE, 1).deadline()).isEqualTo(wib("2026-11-24T16:00"));
    }

    @Test
    void closureOnTimeIsMet() {
        List<ClockState> clocks = compute(TimelineBuilder.sp4n("2026-11-02T09:00")
                .status("TERDISPOSISI", "2026-11-04T10:00")
                .message("instansi", "2026-11-09T10:00")
                .status("SELESAI", "2026-11-23T16:00"));

        assertThat(clock(clocks, CLOSURE, 0).outcome()).isEqualTo(Outcome.MET);
        assertThat(clocks).noneMatch(ClockState::isRunning);
    }

    @Test
    void notOurAuthorityCancelsFollowUp() {
        List<ClockState> clocks = compute(TimelineBuilder.sp4n("2026-11-02T09:00")
                .status("TERDISPOSISI", "2026-11-04T10:00")
                .status("BUKAN_WEWENANG", "2026-11-05T10:00"));

        assertThat(clock(clocks, FOLLOW_UP, 0).outcome()).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void holidaysExtendWorkingDays() {
        // 14 and 15 May 2026 are days off.
        List<ClockState> clocks = compute(TimelineBuilder.sp4n("2026-05-13T10:00"));

        assertThat(clock(clocks, VERIFY, 0).deadline()).isEqualTo(wib("2026-05-20T16:00"));
    }
}
