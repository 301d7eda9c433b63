package id.laporbridge.sla.clock;

import static id.laporbridge.sla.TestTimes.wib;
import static id.laporbridge.sla.clock.EngineFixture.clock;
import static id.laporbridge.sla.clock.EngineFixture.compute;
import static id.laporbridge.sla.clock.EngineFixture.find;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.List;

class SopStepsTest {

    private static final String MONDAY = "2026-11-02T08:00";

    @Test
    void normalPathMeetsEveryStep() {
        List<ClockState> clocks = compute(TimelineBuilder.laporBantul(MONDAY)
                .status("diterima_operator", "2026-11-02T08:05")
                .message("sementara", "2026-11-02T08:30")
                .status("diteruskan_penanggung_jawab", "2026-11-02T08:40")
                .status("ditangani_unit_teknis", "2026-11-02T10:00")
                .status("laporan_tindak_lanjut", "2026-11-02T15:00")
                .status("disetujui", "2026-11-03T08:00")
                .message("akhir", "2026-11-03T08:30")
                .status("dijawab", "2026-11-03T08:30")
                .status("selesai", "2026-11-03T08:45"));

        for (String rule : List.of("sop-1-file", "sop-2-receive", "sop-3-examine", "sop-4-handle", "sop-5-check",
                "sop-6-post", "sop-7-receive", "lapor-bantul-first-answer-48h")) {
            assertThat(clock(clocks, rule, 0).outcome()).as(rule).isEqualTo(Outcome.MET);
        }
        assertThat(clocks).hasSize(8);
    }

    @Test
    void stepDeadlinesCountWorkingMinutes() {
        List<ClockState> clocks = compute(TimelineBuilder.laporBantul(MONDAY)
                .status("diterima_operator", "2026-11-02T08:05")
                .status("diteruskan_penanggung_jawab", "2026-11-02T08:40")
                .status("ditangani_unit_teknis", "2026-11-02T10:00")
                .status("laporan_tindak_lanjut", "2026-11-02T15:00"));

        assertThat(clock(clocks, "sop-1-file", 0).deadline()).isEqualTo(wib("2026-11-02T08:10"));
        assertThat(clock(clocks, "sop-2-receive", 0).deadline()).isEqualTo(wib("2026-11-02T09:05"));
        assertThat(clock(clocks, "sop-3-examine", 0).deadline()).isEqualTo(wib("2026-11-02T10:40"));
        // 660 minutes: 300 on Monday, 270 on Tuesday morning, 90 after the break.
        assertThat(clock(clocks, "sop-4-handle", 0).deadline()).isEqualTo(wib("2026-11-03T14:30"));
        assertThat(clock(clocks, "sop-5-check", 0).deadline()).isEqualTo(wib("2026-11-03T08:30"));
        assertThat(clock(clocks, "sop-5-check", 0).outcome()).isEqualTo(Outcome.RUNNING);
    }

    @Test
    void runningClockHasDueSoonTime() {
        ClockState step2 = clock(compute(TimelineBuilder.laporBantul(MONDAY)
                .status("diterima_operator", "2026-11-02T08:05")), "sop-2-receive", 0);

        assertThat(step2.outcome()).isEqualTo(Outcome.RUNNING);
        assertThat(step2.startedAt()).isEqualTo(wib("2026-11-02T08:05"));
        assertThat(step2.dueSoonAt()).isEqualTo(wib("2026-11-02T08:53"));
        assertThat(step2.endedAt()).isNull();
    }

    @Test
    void dueSoonTimeSkipsBreak() {
        ClockState step2 = clock(compute(TimelineBuilder.laporBantul("2026-11-02T11:30")
                .status("diterima_operator", "2026-11-02T11:30")), "sop-2-receive", 0);

        assertThat(step2.dueSoonAt()).isEqualTo(wib("2026-11-02T13:18"));
        assertThat(step2.deadline()).isEqualTo(wib("2026-11-02T13:30"));
    }

    @Test
    void lateForwardingBreachesStepTwo() {
        ClockState step2 = clock(compute(TimelineBuilder.laporBantul(MONDAY)
                .status("diterima_operator", "2026-11-02T08:05")
                .status("diteruskan_penanggung_jawab", "2026-11-02T10:00")), "sop-2-receive", 0);

        assertThat(step2.outcome()).isEqualTo(Outcome.BREACHED);
        assertThat(step2.endedAt()).isEqualTo(wib("2026-11-02T10:00"));
    }

    @Test
    void interimAnswerSatisfiesStepTwo() {
        List<ClockState> clocks = compute(TimelineBuilder.laporBantul(MONDAY)
                .status("diterima_operator", "2026-11-02T08:05")
                .message("sementara", "2026-11-02T08:50")
                .status("diteruskan_penanggung_jawab", "2026-11-02T11:00"));

        assertThat(clock(clocks, "sop-2-receive", 0).outcome()).isEqualTo(Outcome.MET);
        assertThat(clock(clocks, "sop-2-receive", 0).endedAt()).isEqualTo(wib("2026-11-02T08:50"));
        assertThat(clock(clocks, "sop-3-examine", 0).startedAt()).isEqualTo(wib("2026-11-02T11:00"));
    }

    @Test
    void directAnswerSkipsMiddleSteps() {
        List<ClockState> clocks = compute(TimelineBuilder.laporBantul(MONDAY)
                .status("diterima_operator", "2026-11-02T08:05")
                .status("dijawab", "2026-11-02T08:40"));

        assertThat(clock(clocks, "sop-2-receive", 0).outcome()).isEqualTo(Outcome.MET);
        for (String rule : List.of("sop-3-examine", "sop-4-handle", "sop-5-check", "sop-6-post")) {
            ClockState skipped = clock(clocks, rule, 0);

            assertThat(skipped.outcome()).as(rule).isEqualTo(Outcome.SKIPPED);
            assertThat(skipped.deadline()).as(rule).isNull();
            assertThat(skipped.endedAt()).as(rule).isEqualTo(wib("2026-11-02T08:40"));
        }
        assertThat(clock(clocks, "sop-7-receive", 0).outcome()).isEqualTo(Outcome.RUNNING);
        assertThat(clock(clocks, "sop-7-receive", 0).deadline()).isEqualTo(wib("2026-11-02T09:10"));
    }

    @Test
    void routingRestartsClocksAndKeepsHistory() {
        List<ClockState> clocks = compute(TimelineBuilder.laporBantul(MONDAY)
                .status("diterima_operator", "2026-11-02T08:05")
                .status("dialihkan", "2026-11-02T09:30")
                .status("diterima_operator", "2026-11-02T09:35"));

        assertThat(clock(clocks, "sop-1-file", 0).outcome()).isEqualTo(Outcome.MET);
        assertThat(clock(clocks, "sop-2-receive", 0).outcome()).isEqualTo(Outcome.BREACHED);
        assertThat(clock(clocks, "sop-2-receive", 0).endedAt()).isEqualTo(wib("2026-11-02T09:30"));
        assertThat(clock(clocks, "sop-1-file", 1).startedAt()).isEqualTo(wib("2026-11-02T09:30"));
        assertThat(clock(clocks, "sop-1-file", 1).outcome()).isEqualTo(Outcome.MET);
        assertThat(clock(clocks, "sop-2-receive", 1).outcome()).isEqualTo(Outcome.RUNNING);
        assertThat(clock(clocks, "sop-2-receive", 1).deadline()).isEqualTo(wib("2026-11-02T10:35"));
    }

    @Test
    void routingBeforeDeadlineSkipsRunningStep() {
        List<ClockState> clocks = compute(TimelineBuilder.laporBantul(MONDAY)
                .status("diterima_operator", "2026-11-02T08:05")
                .status("dialihkan", "2026-11-02T08:30"));

        assertThat(clock(clocks, "sop-2-receive", 0).outcome()).isEqualTo(Outcome.SKIPPED);
        assertThat(clock(clocks, "sop-1-file", 1).outcome()).isEqualTo(Outcome.RUNNING);
        assertThat(find(clocks, "sop-2-receive", 1)).isEmpty();
    }

    @Test
    void routingKeepsFirstAnswerClock() {
        List<ClockState> clocks = compute(TimelineBuilder.laporBantul(MONDAY)
                .status("dialihkan", "2026-11-02T08:30"));

        assertThat(clock(clocks, "lapor-bantul-first-answer-48h", 0).startedAt()).isEqualTo(wib(MONDAY));
        assertThat(find(clocks, "lapor-bantul-first-answer-48h", 1)).isEmpty();
    }

    @Test
    void rejectionEndsProcedure() {
        List<ClockState> clocks = compute(TimelineBuilder.laporBantul(MONDAY)
                .status("diterima_operator", "2026-11-02T08:05")
                .status("ditolak", "2026-11-02T08:20"));

        assertThat(clocks).noneMatch(ClockState::isRunning);
        assertThat(clock(clocks, "sop-2-receive", 0).outcome()).isEqualTo(Outcome.MET);
        assertThat(clock(clocks, "sop-7-receive", 0).outcome()).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void computingTwiceGivesSameClocks() {
        TimelineBuilder timeline = TimelineBuilder.laporBantul(MONDAY)
                .status("diterima_operator", "2026-11-02T08:05")
                .status("dialihkan", "2026-11-02T09:30");

        assertThat(compute(timeline)).isEqualTo(compute(timeline));
    }
}
