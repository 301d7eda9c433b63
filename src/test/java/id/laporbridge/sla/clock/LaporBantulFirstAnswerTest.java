package id.laporbridge.sla.clock;

import static id.laporbridge.sla.TestTimes.wib;
import static id.laporbridge.sla.clock.EngineFixture.clock;
import static id.laporbridge.sla.clock.EngineFixture.compute;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaporBantulFirstAnswerTest {

    private static final String RULE = "lapor-bantul-first-answer-48h";

    @Test
    void deadlineIs48CalendarHoursOverWeekend() {
        ClockState clock = clock(compute(TimelineBuilder.laporBantul("2026-11-06T20:00")), RULE, 0);

        assertThat(clock.deadline()).isEqualTo(wib("2026-11-08T20:00"));
        assertThat(clock.dueSoonAt()).isEqualTo(wib("2026-11-08T10:24"));
        assertThat(clock.outcome()).isEqualTo(Outcome.RUNNING);
    }

    @Test
    void interimAnswerInTimeIsMet() {
        ClockState clock = clock(compute(TimelineBuilder.laporBantul("2026-11-02T08:00")
                .message("sementara", "2026-11-04T07:59")), RULE, 0);

        assertThat(clock.outcome()).isEqualTo(Outcome.MET);
    }

    @Test
    void lateAnswerIsBreached() {
        ClockState clock = clock(compute(TimelineBuilder.laporBantul("2026-11-02T08:00")
                .status("dijawab", "2026-11-04T09:00")), RULE, 0);

        assertThat(clock.outcome()).isEqualTo(Outcome.BREACHED);
        assertThat(clock.endedAt()).isEqualTo(wib("2026-11-04T09:00"));
    }

    @Test
    void reporterMessageIsNoAnswer() {
        ClockState clock = clock(compute(TimelineBuilder.laporBantul("2026-11-02T08:00")
                .message("pelapor", "2026-11-02T09:00")), RULE, 0);

        assertThat(clock.outcome()).isEqualTo(Outcome.RUNNING);
    }
}
