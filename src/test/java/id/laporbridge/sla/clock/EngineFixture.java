package id.laporbridge.sla.clock;

import id.laporbridge.sla.SlaConfig;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The clock engine with the shipped rules and calendar, and lookups into its results. */
final class EngineFixture {

    static final ClockEngine ENGINE = engine();

    private EngineFixture() {
    }

    static List<ClockState> compute(TimelineBuilder timeline) {
        return ENGINE.compute(timeline.build());
    }

    static ClockState clock(List<ClockState> clocks, String ruleId, int instance) {
        return find(clocks, ruleId, instance)
                .orElseThrow(() -> new AssertionError("no clock " + ruleId + "#" + instance + " in " + clocks));
    }

    static Optional<ClockState> find(List<ClockState> clocks, String ruleId, int instance) {
        return clocks.stream().filter(c -> c.ruleId().equals(ruleId) && c.instance() == instance).findFirst();
    }

    private static ClockEngine engine() {
        SlaConfig config = SlaConfig.load(Path.of("config"));
        return new ClockEngine(config.rules(), config.calendar());
    }
}
